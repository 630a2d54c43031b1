package com.lumenbridge.store.partner;

import com.lumenbridge.store.partner.messaging.PartnershipProjector;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnerConfiguration {

    @Bean
    Partnerships partnerships(MongoDatabase database) {
        return new Partnerships(database);
    }

    @Bean
    PartnershipProjector partnershipProjector(Partnerships partnerships) {
        return new PartnershipProjector(partnerships);
    }
}
