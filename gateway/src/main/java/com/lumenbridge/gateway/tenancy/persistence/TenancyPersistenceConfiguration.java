package com.lumenbridge.gateway.tenancy.persistence;

import com.lumenbridge.gateway.tenancy.application.ApiKeys;
import com.lumenbridge.gateway.tenancy.application.Tenants;
import com.lumenbridge.platform.outbox.Outbox;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenancyPersistenceConfiguration {

    @Bean
    Tenants tenants(MongoDatabase database, Outbox outbox) {
        MongoTenants tenants = new MongoTenants(database, outbox);
        tenants.createIndexes();
        return tenants;
    }

    @Bean
    ApiKeys apiKeys(MongoDatabase database) {
        MongoApiKeys keys = new MongoApiKeys(database);
        keys.createIndexes();
        return keys;
    }
}
