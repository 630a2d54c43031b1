package com.lumenbridge.order.catalog;

import com.lumenbridge.order.OrderProperties;
import com.lumenbridge.order.catalog.application.CatalogClient;
import com.lumenbridge.order.catalog.application.Offers;
import com.lumenbridge.order.catalog.messaging.CatalogProjectors;
import com.lumenbridge.order.catalog.persistence.CatalogProjection;
import com.lumenbridge.order.common.GuardedRead;
import com.lumenbridge.platform.events.catalog.ProductDiscontinued;
import com.lumenbridge.platform.events.catalog.ProductDrafted;
import com.lumenbridge.platform.events.catalog.ProductPriceChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductUpdated;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CatalogProjection catalogProjection(MongoDatabase database) {
        return new CatalogProjection(database);
    }

    @Bean
    CatalogClient catalogClient(OrderProperties properties, JsonMapper json, CircuitBreakerRegistry breakers) {
        OrderProperties.Catalog settings = properties.catalog();
        return new CatalogClient(GuardedRead.of("catalog-service", settings.baseUrl(), settings.timeout(),
            settings.failureRateThreshold(), settings.openFor(), breakers), json);
    }

    @Bean
    Offers offers(CatalogProjection projection, CatalogClient catalog) {
        return new Offers(projection, catalog);
    }

    @Bean
    CatalogProjectors.Products<ProductDrafted> productDraftedProjector(CatalogProjection projection) {
        return new CatalogProjectors.Products<>(ProductDrafted.class, projection);
    }

    @Bean
    CatalogProjectors.Products<ProductPublished> productPublishedProjector(CatalogProjection projection) {
        return new CatalogProjectors.Products<>(ProductPublished.class, projection);
    }

    @Bean
    CatalogProjectors.Products<ProductUpdated> productUpdatedProjector(CatalogProjection projection) {
        return new CatalogProjectors.Products<>(ProductUpdated.class, projection);
    }

    @Bean
    CatalogProjectors.Products<ProductPriceChanged> productPriceChangedProjector(CatalogProjection projection) {
        return new CatalogProjectors.Products<>(ProductPriceChanged.class, projection);
    }

    @Bean
    CatalogProjectors.Products<ProductDiscontinued> productDiscontinuedProjector(CatalogProjection projection) {
        return new CatalogProjectors.Products<>(ProductDiscontinued.class, projection);
    }

    @Bean
    CatalogProjectors.Partnerships partnershipProjector(CatalogProjection projection) {
        return new CatalogProjectors.Partnerships(projection);
    }

    @Bean
    CatalogProjectors.PriceLists priceListProjector(CatalogProjection projection) {
        return new CatalogProjectors.PriceLists(projection);
    }
}
