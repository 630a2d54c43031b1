package com.lumenbridge.catalog.product;

import com.lumenbridge.catalog.partnership.application.Partnerships;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.product.application.ProductMetrics;
import com.lumenbridge.catalog.product.application.ProductService;
import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.catalog.product.persistence.MongoProducts;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductConfiguration {

    @Bean
    Products products(MongoDatabase database, Outbox outbox) {
        return new MongoProducts(database, outbox);
    }

    @Bean
    ProductMetrics productMetrics(MeterRegistry meters) {
        return new ProductMetrics(meters);
    }

    @Bean
    ProductService productService(Products products, Partnerships partnerships, PriceLists priceLists,
            ApplicationEventPublisher events, ProductMetrics metrics, Clock clock) {
        return new ProductService(products, partnerships, priceLists, events, metrics, clock);
    }
}
