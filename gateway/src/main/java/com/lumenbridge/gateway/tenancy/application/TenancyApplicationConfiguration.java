package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.GatewayProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class TenancyApplicationConfiguration {

    @Bean
    RegisterTenant registerTenant(Tenants tenants, Clock clock) {
        return new RegisterTenant(tenants, clock);
    }

    @Bean
    ReadTenants readTenants(Tenants tenants) {
        return new ReadTenants(tenants);
    }

    @Bean
    IssueApiKey issueApiKey(ReadTenants tenants, ApiKeys keys, Clock clock) {
        return new IssueApiKey(tenants, keys, new SecureRandom(), clock);
    }

    @Bean
    ReadApiKeys readApiKeys(ReadTenants tenants, ApiKeys keys) {
        return new ReadApiKeys(tenants, keys);
    }

    @Bean
    AuthenticateApiKey authenticateApiKey(ApiKeys keys, Clock clock, GatewayProperties properties) {
        GatewayProperties.KeyLookup lookup = properties.keyLookup();
        return new AuthenticateApiKey(keys, clock, lookup.rememberKnown(), lookup.rememberUnknown(),
            task -> Schedulers.boundedElastic().schedule(task));
    }

    @Bean
    RevokeApiKey revokeApiKey(ApiKeys keys, List<KeyRevocationListener> listeners, Clock clock) {
        return new RevokeApiKey(keys, listeners, clock);
    }

    @Bean
    BootstrapOperator bootstrapOperator(Tenants tenants, ApiKeys keys, RevokeApiKey revoke, Clock clock) {
        return new BootstrapOperator(tenants, keys, revoke, clock);
    }

    @Bean
    ApplicationRunner operatorBootstrap(BootstrapOperator bootstrap, GatewayProperties properties) {
        return arguments -> bootstrap.ensure(properties.operatorKey());
    }
}
