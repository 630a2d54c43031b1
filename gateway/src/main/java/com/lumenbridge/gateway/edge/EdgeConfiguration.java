package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    InternalHeaderStripFilter internalHeaderStripFilter() {
        return new InternalHeaderStripFilter();
    }

    /** The CORS rules are the gateway's {@code globalcors} ones, so they are configured in one place. */
    @Bean
    EdgeCorsFilter edgeCorsFilter(GlobalCorsProperties globalCors) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.setCorsConfigurations(globalCors.getCorsConfigurations());
        return new EdgeCorsFilter(source);
    }

    @Bean
    RequestTargetLimit requestTargetLimit() {
        return new RequestTargetLimit();
    }

    @Bean
    InternalTokens internalTokens(InternalTokenIssuer issuer) {
        return new InternalTokens(issuer);
    }

    @Bean
    ApiEdgeFilter apiEdgeFilter(AuthenticateApiKey authentication, InternalTokens tokens,
            GatewayProperties properties, Clock clock, MeterRegistry meters) {
        return new ApiEdgeFilter(authentication, new TenantRateLimits(properties.rateLimit(), clock, meters),
            new BodyLimits(properties.bodyLimit()), tokens, properties.keyLookup().timeout(),
            properties.upstream().retryAfter(), meters);
    }
}
