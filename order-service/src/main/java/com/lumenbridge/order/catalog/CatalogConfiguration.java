package com.lumenbridge.order.catalog;

import com.lumenbridge.order.OrderProperties;
import com.lumenbridge.order.catalog.application.CatalogClient;
import com.lumenbridge.order.catalog.application.Offers;
import com.lumenbridge.order.catalog.messaging.CatalogProjectors;
import com.lumenbridge.order.catalog.persistence.CatalogProjection;
import com.lumenbridge.platform.events.catalog.ProductDiscontinued;
import com.lumenbridge.platform.events.catalog.ProductDrafted;
import com.lumenbridge.platform.events.catalog.ProductPriceChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductUpdated;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.net.http.HttpClient;
import java.time.Duration;
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
        CircuitBreaker breaker = breakers.circuitBreaker("catalog-service", CircuitBreakerConfig.custom()
            .failureRateThreshold(settings.failureRateThreshold())
            .slidingWindowSize(20)
            .minimumNumberOfCalls(5)
            .waitDurationInOpenState(settings.openFor())
            .permittedNumberOfCallsInHalfOpenState(2)
            .build());
        TimeLimiter limiter = TimeLimiter.of("catalog-service", TimeLimiterConfig.custom()
            .timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout().compareTo(Duration.ofSeconds(2)) < 0 ? settings.timeout() : Duration.ofSeconds(2))
            .build();
        return new CatalogClient(http, json, settings.baseUrl(), breaker, limiter, settings.timeout());
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
