package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.problem.ProblemExceptionHandler;
import com.lumenbridge.gateway.problem.UnavailableLog;
import com.lumenbridge.gateway.routing.ServiceRoutes;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
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

    /** One bucket per tenant, shared by the full chain and the fast path. */
    @Bean
    TenantRateLimits tenantRateLimits(GatewayProperties properties, Clock clock, MeterRegistry meters) {
        return new TenantRateLimits(properties.rateLimit(), clock, meters);
    }

    @Bean
    BodyLimits bodyLimits(GatewayProperties properties) {
        return new BodyLimits(properties.bodyLimit());
    }

    @Bean
    ApiEdgeFilter apiEdgeFilter(AuthenticateApiKey authentication, TenantRateLimits rateLimits, BodyLimits bodyLimits,
            InternalTokens tokens, GatewayProperties properties, MeterRegistry meters) {
        return new ApiEdgeFilter(authentication, rateLimits, bodyLimits, tokens,
            properties.keyLookup().timeout(), properties.upstream().retryAfter(), meters);
    }

    /**
     * Puts {@link ApiFastPath} in front of WebFlux and Spring Cloud Gateway, on by default;
     * {@code lumenbridge.gateway.fast-path.enabled=false} sends every request through the full chain.
     */
    @Bean
    @ConditionalOnProperty(name = "lumenbridge.gateway.fast-path.enabled", matchIfMissing = true)
    HttpHandlerDecoratorFactory apiFastPath(ServiceRoutes routes, AuthenticateApiKey authentication,
            TenantRateLimits rateLimits, BodyLimits bodyLimits, InternalTokens tokens,
            ProblemExceptionHandler problems, UnavailableLog unavailableLog, GatewayProperties properties,
            MeterRegistry meters) {
        return fullChain -> new ApiFastPath(fullChain, routes, authentication, rateLimits, bodyLimits, tokens,
            Duration.ofMillis(properties.upstream().connectTimeoutMs()), problems, unavailableLog, properties.upstream().retryAfter(), meters);
    }
}
