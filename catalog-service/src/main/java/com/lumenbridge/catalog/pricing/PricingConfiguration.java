package com.lumenbridge.catalog.pricing;

import com.lumenbridge.catalog.pricing.application.PriceListService;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.pricing.persistence.MongoPriceLists;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

    @Bean
    PriceLists priceLists(MongoDatabase database, Outbox outbox) {
        return new MongoPriceLists(database, outbox);
    }

    @Bean
    PriceListService priceListService(PriceLists priceLists, ApplicationEventPublisher events) {
        return new PriceListService(priceLists, events);
    }
}
