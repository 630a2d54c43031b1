package com.lumenbridge.catalog.partnership;

import com.lumenbridge.catalog.partnership.application.PartnershipService;
import com.lumenbridge.catalog.partnership.application.Partnerships;
import com.lumenbridge.catalog.partnership.persistence.MongoPartnerships;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.tenant.application.Tenants;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    Partnerships partnerships(MongoDatabase database, Outbox outbox) {
        return new MongoPartnerships(database, outbox);
    }

    @Bean
    PartnershipService partnershipService(Partnerships partnerships, PriceLists priceLists, Tenants tenants,
            ApplicationEventPublisher events) {
        return new PartnershipService(partnerships, priceLists, tenants, events);
    }
}
