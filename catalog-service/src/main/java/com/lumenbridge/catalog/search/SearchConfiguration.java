package com.lumenbridge.catalog.search;

import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.lumenbridge.catalog.partnership.application.Partnerships;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.catalog.search.application.CatalogIndex;
import com.lumenbridge.catalog.search.application.CatalogSearch;
import com.lumenbridge.catalog.search.application.LocalWrites;
import com.lumenbridge.catalog.search.application.PartnerCatalogs;
import com.lumenbridge.catalog.search.application.SearchIndexBootstrap;
import com.lumenbridge.catalog.search.messaging.PartnershipViewUpdater;
import com.lumenbridge.catalog.search.messaging.PriceListViewUpdater;
import com.lumenbridge.catalog.search.messaging.ProductIndexer;
import com.lumenbridge.catalog.search.persistence.ProductIndex;
import com.lumenbridge.platform.events.catalog.ProductDiscontinued;
import com.lumenbridge.platform.events.catalog.ProductDrafted;
import com.lumenbridge.platform.events.catalog.ProductPriceChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductUpdated;
import com.lumenbridge.platform.messaging.EventSubscriptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    ProductIndex productIndex(JsonMapper json, MeterRegistry meters) {
        ProductIndex index = new ProductIndex(json);
        Gauge.builder("lumenbridge.catalog.index.products", index, ProductIndex::size)
            .description("Products held by this instance's search index")
            .register(meters);
        Gauge.builder("lumenbridge.catalog.index.segments", index, ProductIndex::segmentCount)
            .description("Segments of this instance's search index: every search pays a little for each")
            .register(meters);
        return index;
    }

    @Bean
    PartnerCatalogs partnerCatalogs() {
        return new PartnerCatalogs();
    }

    @Bean
    SearchIndexBootstrap searchIndexBootstrap(EventSubscriptions subscriptions, Products products,
            PriceLists priceLists, Partnerships partnerships, CatalogIndex index, PartnerCatalogs partners,
            @Value("${lumenbridge.catalog.search.assignment-timeout:2m}") Duration assignmentTimeout) {
        return new SearchIndexBootstrap(subscriptions, products, priceLists, partnerships, index, partners,
            assignmentTimeout);
    }

    /** Rebuilds once the application, and so its event subscriptions, have started. */
    @Bean
    RebuildOnReady rebuildOnReady(SearchIndexBootstrap bootstrap) {
        return new RebuildOnReady(bootstrap);
    }

    /**
     * Makes changes that arrived through Kafka searchable within {@code interval}, without paying a
     * Lucene reopen per event when thousands arrive at once (an import on another instance).
     */
    @Bean
    PeriodicJobs indexRefresher(ProductIndex index,
            @Value("${lumenbridge.catalog.search.refresh-interval:100ms}") Duration interval) {
        return new PeriodicJobs("search-index-refresh").every("refresh", interval, interval, index::refreshIfChanged);
    }

    @Bean
    CatalogSearch catalogSearch(CatalogIndex index, PartnerCatalogs partners, SearchIndexBootstrap bootstrap,
            MeterRegistry meters) {
        return new CatalogSearch(index, partners, bootstrap, meters);
    }

    @Bean
    LocalWrites localWrites(CatalogIndex index, PartnerCatalogs partners) {
        return new LocalWrites(index, partners);
    }

    /** Readiness: down until this instance's index has been built. */
    @Bean
    HealthIndicator searchIndexHealthIndicator(SearchIndexBootstrap bootstrap, CatalogIndex index) {
        return () -> bootstrap.isReady() ? Health.up().withDetail("products", index.size()).build()
            : Health.outOfService().withDetail("reason", "the search index is being built").build();
    }

    @Bean
    ProductIndexer<ProductDrafted> draftedIndexer(CatalogIndex index) {
        return new ProductIndexer<>(ProductDrafted.class, index);
    }

    @Bean
    ProductIndexer<ProductUpdated> updatedIndexer(CatalogIndex index) {
        return new ProductIndexer<>(ProductUpdated.class, index);
    }

    @Bean
    ProductIndexer<ProductPriceChanged> priceChangedIndexer(CatalogIndex index) {
        return new ProductIndexer<>(ProductPriceChanged.class, index);
    }

    @Bean
    ProductIndexer<ProductPublished> publishedIndexer(CatalogIndex index) {
        return new ProductIndexer<>(ProductPublished.class, index);
    }

    @Bean
    ProductIndexer<ProductDiscontinued> discontinuedIndexer(CatalogIndex index) {
        return new ProductIndexer<>(ProductDiscontinued.class, index);
    }

    @Bean
    PriceListViewUpdater priceListViewUpdater(PartnerCatalogs partners) {
        return new PriceListViewUpdater(partners);
    }

    @Bean
    PartnershipViewUpdater partnershipViewUpdater(PartnerCatalogs partners) {
        return new PartnershipViewUpdater(partners);
    }

    static final class RebuildOnReady {

        private final SearchIndexBootstrap bootstrap;

        RebuildOnReady(SearchIndexBootstrap bootstrap) {
            this.bootstrap = bootstrap;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void rebuild() {
            bootstrap.rebuild();
        }
    }
}
