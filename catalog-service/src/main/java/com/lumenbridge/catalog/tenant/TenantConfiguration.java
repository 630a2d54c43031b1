package com.lumenbridge.catalog.tenant;

import com.lumenbridge.catalog.tenant.application.Tenants;
import com.lumenbridge.catalog.tenant.messaging.TenantRegisteredHandler;
import com.lumenbridge.catalog.tenant.persistence.MongoTenants;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenantConfiguration {

    @Bean
    Tenants tenants(MongoDatabase database) {
        return new MongoTenants(database);
    }

    @Bean
    TenantRegisteredHandler tenantRegisteredHandler(Tenants tenants) {
        return new TenantRegisteredHandler(tenants);
    }
}
