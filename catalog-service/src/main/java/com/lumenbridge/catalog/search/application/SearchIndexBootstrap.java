package com.lumenbridge.catalog.search.application;

import com.lumenbridge.catalog.partnership.application.Partnerships;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.product.application.ProductEvents;
import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.platform.messaging.EventSubscriptions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds this instance's index and partner view from MongoDB once the instance's event
 * subscriptions have their partitions: from then on every change arrives through Kafka, so nothing
 * falls between the rebuild and the stream (a change seen twice is harmless, versions decide).
 * Until it has finished, the instance reports not ready and searches answer 503.
 */
public class SearchIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EventSubscriptions subscriptions;
    private final Products products;
    private final PriceLists priceLists;
    private final Partnerships partnerships;
    private final CatalogIndex index;
    private final PartnerCatalogs partners;
    private final Duration assignmentTimeout;
    private volatile boolean ready;

    public SearchIndexBootstrap(EventSubscriptions subscriptions, Products products, PriceLists priceLists,
            Partnerships partnerships, CatalogIndex index, PartnerCatalogs partners, Duration assignmentTimeout) {
        this.subscriptions = subscriptions;
        this.products = products;
        this.priceLists = priceLists;
        this.partnerships = partnerships;
        this.index = index;
        this.partners = partners;
        this.assignmentTimeout = assignmentTimeout;
    }

    /** Waits for the subscriptions, then rebuilds; fails start-up if Kafka never assigns partitions. */
    public void rebuild() {
        long started = System.nanoTime();
        try {
            if (!subscriptions.awaitAssignment(assignmentTimeout)) {
                throw new IllegalStateException("Kafka assigned no partitions within " + assignmentTimeout
                    + "; the search index cannot be built without missing changes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka partitions", e);
        }
        priceLists.forEach(partners::apply);
        partnerships.forEach(partners::apply);
        products.forEach(product -> index.apply(ProductEvents.snapshot(product)));
        index.refresh();
        ready = true;
        log.info("Search index built from MongoDB: {} products in {} ms", index.size(),
            Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    public boolean isReady() {
        return ready;
    }
}
