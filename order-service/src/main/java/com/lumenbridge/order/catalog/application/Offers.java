package com.lumenbridge.order.catalog.application;

import com.lumenbridge.order.catalog.domain.Offer;
import com.lumenbridge.order.catalog.domain.PriceList;
import com.lumenbridge.order.catalog.persistence.CatalogProjection;
import com.lumenbridge.platform.problem.ServiceUnavailable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a storefront may order, at its price. The local projection answers when it can price the
 * SKU for this storefront (product ACTIVE, partnership ACTIVE, price list known); anything it
 * cannot affirm — an unknown SKU, a partnership or price list not seen yet, a status that may have
 * moved on — is asked of catalog-service, which is authoritative. Catalog down and the projection
 * unable to answer is a fast, retryable 503.
 */
public class Offers {

    private static final Logger log = LoggerFactory.getLogger(Offers.class);

    private final CatalogProjection projection;
    private final CatalogClient catalog;

    public Offers(CatalogProjection projection, CatalogClient catalog) {
        this.projection = projection;
        this.catalog = catalog;
    }

    /** The offer for each SKU, or none when it is not offered to {@code storefrontId}. */
    public Map<String, Optional<Offer>> resolve(String storefrontId, String token, List<String> skus) {
        Map<String, Optional<Offer>> offers = new LinkedHashMap<>();
        for (String sku : skus) {
            Optional<Offer> local = local(storefrontId, sku);
            offers.put(sku, local.isPresent() ? local : remote(sku, token));
        }
        return offers;
    }

    private Optional<Offer> local(String storefrontId, String sku) {
        return projection.product(sku)
            .filter(p -> "ACTIVE".equals(p.status()))
            .flatMap(p -> projection.partnership(p.manufacturerId(), storefrontId)
                .filter(s -> "ACTIVE".equals(s.status()))
                .flatMap(s -> projection.priceList(p.manufacturerId(), s.priceListId()))
                .flatMap((PriceList list) -> list.priceOf(sku, p.listPrice()))
                .map(price -> new Offer(sku, p.manufacturerId(), price)));
    }

    private Optional<Offer> remote(String sku, String token) {
        try {
            return catalog.product(sku, token)
                .filter(p -> "ACTIVE".equals(p.status()))
                .map(p -> new Offer(sku, p.manufacturerId(), p.price()));
        } catch (CatalogClient.CatalogUnavailable e) {
            log.warn("catalog-service could not be read for SKU {}: {}", sku, e.getMessage());
            throw new ServiceUnavailable("The catalog cannot be read right now to price SKU '" + sku
                + "'; nothing was stored, retry with the same Idempotency-Key");
        }
    }
}
