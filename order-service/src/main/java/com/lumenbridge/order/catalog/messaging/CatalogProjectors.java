package com.lumenbridge.order.catalog.messaging;

import com.lumenbridge.order.catalog.domain.PriceList;
import com.lumenbridge.order.catalog.persistence.CatalogProjection;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.catalog.PartnershipChanged;
import com.lumenbridge.platform.events.catalog.PriceListChanged;
import com.lumenbridge.platform.events.catalog.ProductEvent;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import com.lumenbridge.platform.messaging.EventHandler;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@link CatalogProjection} current from {@code catalog.product.v1} and {@code catalog.partnership.v1}.
 * Every write is an upsert guarded by the source's version, so a redelivered or older event changes
 * nothing: the projectors do not record events by id, which would cost two more Mongo round trips per
 * event (a 50 000-row import sends 100 000 product events).
 */
public final class CatalogProjectors {

    private CatalogProjectors() {
    }

    /** Any product event: its snapshot is the product's whole state at its version. */
    public static final class Products<E extends ProductEvent> implements EventHandler<E> {
        private final Class<E> eventClass;
        private final CatalogProjection projection;

        public Products(Class<E> eventClass, CatalogProjection projection) {
            this.eventClass = eventClass;
            this.projection = projection;
        }

        @Override
        public Class<E> eventClass() {
            return eventClass;
        }

        @Override
        public String name() {
            return "ProductProjector-" + eventClass.getSimpleName();
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public boolean batches() {
            return true;
        }

        @Override
        public void handle(EventEnvelope<E> event) {
            projection.putProducts(List.of(version(event)));
        }

        /** A poll's events at once: one read and one bulk write instead of a write per event. */
        @Override
        public void handleAll(List<EventEnvelope<E>> events) {
            projection.putProducts(events.stream().map(Products::version).toList());
        }

        private static CatalogProjection.ProductVersion version(EventEnvelope<? extends ProductEvent> event) {
            ProductSnapshot p = event.data().product();
            return new CatalogProjection.ProductVersion(p.sku(), p.manufacturerId(), p.version(), p.status(),
                p.listPrice().amountMinor(), p.listPrice().currency());
        }
    }

    public static final class Partnerships implements EventHandler<PartnershipChanged> {
        private final CatalogProjection projection;

        public Partnerships(CatalogProjection projection) {
            this.projection = projection;
        }

        @Override
        public Class<PartnershipChanged> eventClass() {
            return PartnershipChanged.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<PartnershipChanged> event) {
            PartnershipChanged p = event.data();
            projection.putPartnership(p.manufacturerId(), p.partnerTenantId(), p.version(), p.priceListId(), p.status());
        }
    }

    public static final class PriceLists implements EventHandler<PriceListChanged> {
        private final CatalogProjection projection;

        public PriceLists(CatalogProjection projection) {
            this.projection = projection;
        }

        @Override
        public Class<PriceListChanged> eventClass() {
            return PriceListChanged.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<PriceListChanged> event) {
            PriceListChanged p = event.data();
            Map<String, Long> overrides = new LinkedHashMap<>();
            p.overrides().forEach(o -> overrides.put(o.sku(), o.amountMinor()));
            int basisPoints = p.discountPercent().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
            projection.putPriceList(p.manufacturerId(), p.priceListId(), p.version(),
                new PriceList(p.currency(), basisPoints, overrides));
        }
    }
}
