package com.lumenbridge.catalog.search.application;

import com.lumenbridge.catalog.partnership.application.PartnershipWritten;
import com.lumenbridge.catalog.pricing.application.PriceListWritten;
import com.lumenbridge.catalog.product.application.ProductsWritten;
import org.springframework.context.event.EventListener;

/**
 * Applies this instance's own writes to its index and partner view as soon as they are stored, so
 * a caller finds what it just wrote; the same changes come back later through Kafka and are then
 * ignored by version.
 */
public class LocalWrites {

    private final CatalogIndex index;
    private final PartnerCatalogs partners;

    public LocalWrites(CatalogIndex index, PartnerCatalogs partners) {
        this.index = index;
        this.partners = partners;
    }

    @EventListener
    public void on(ProductsWritten written) {
        written.products().forEach(index::apply);
        index.refresh();
    }

    @EventListener
    public void on(PriceListWritten written) {
        partners.apply(written.priceList());
    }

    @EventListener
    public void on(PartnershipWritten written) {
        partners.apply(written.partnership());
    }
}
