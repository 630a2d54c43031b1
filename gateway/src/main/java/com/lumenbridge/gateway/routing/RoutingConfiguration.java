package com.lumenbridge.gateway.routing;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.edge.InternalTokens;
import com.lumenbridge.gateway.problem.RequestLogContext;
import com.lumenbridge.gateway.problem.UnavailableLog;
import com.lumenbridge.gateway.problem.UpstreamUnavailable;
import com.lumenbridge.platform.problem.ApiException;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /** Where the circuit breakers' {@code fallbackUri: forward:/fallback/<service>} lands. */
    static final String FALLBACK_PATH = "/fallback/{service}";
    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    GatewayIdentityGatewayFilterFactory gatewayIdentityGatewayFilterFactory(InternalTokens tokens) {
        return new GatewayIdentityGatewayFilterFactory(tokens);
    }

    /**
     * Each service's circuit breaker gives up on a call only after the longest route timeout: the
     * route's own response timeout is what ends a slow call, and Resilience4j's 1 s default would
     * cut every import and every slow-but-healthy call short.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> upstreamTimeLimits(GatewayProperties properties) {
        Duration limit = properties.upstream().longestCall().plusSeconds(1);
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
            .circuitBreakerConfig(factory.getCircuitBreakerRegistry().getDefaultConfig())
            .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(limit).build())
            .build());
    }

    /**
     * Each service's bulkhead admits as many concurrent calls as a service's request threads can
     * take (Tomcat's 200); Resilience4j's default of 25 shed ordinary traffic with 503s as soon as
     * a few dozen partners' requests overlapped.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> upstreamConcurrency(GatewayProperties properties) {
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
            .bulkheadConfig(bulkheadConfig(properties))
            .build());
    }

    private static BulkheadConfig bulkheadConfig(GatewayProperties properties) {
        return BulkheadConfig.custom().maxConcurrentCalls(properties.upstream().maxConcurrentCalls())
            .maxWaitDuration(Duration.ZERO).build();
    }

    /** The routes with the breakers and bulkheads their {@code CircuitBreaker} filters use, for the fast path. */
    @Bean
    ServiceRoutes serviceRoutes(org.springframework.cloud.gateway.config.GatewayProperties routes,
            GatewayProperties properties, ReactiveResilience4JCircuitBreakerFactory breakers,
            ReactiveResilience4jBulkheadProvider bulkheads) {
        return new ServiceRoutes(routes.getRoutes(), routes.getDefaultFilters(),
            Duration.ofMillis(properties.upstream().responseTimeoutMs()), breakers.getCircuitBreakerRegistry(),
            bulkheads.getBulkheadRegistry(), bulkheadConfig(properties));
    }

    /**
     * The circuit breakers' fallback: the service is down, too slow or its breaker is open, so
     * the caller gets 503 with {@code Retry-After}. A problem the gateway raised itself (such as
     * a body over its limit) keeps its own answer.
     */
    @Bean
    RouterFunction<ServerResponse> upstreamFallback(GatewayProperties properties, UnavailableLog unavailableLog) {
        return RouterFunctions.route(RequestPredicates.path(FALLBACK_PATH), request -> {
            Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
            if (cause instanceof ApiException own) {
                return Mono.error(own);
            }
            String service = request.pathVariable("service");
            try (RequestLogContext logged = RequestLogContext.of(request.exchange())) {
                unavailableLog.answering503(log, service, cause);
            }
            return Mono.error(new UpstreamUnavailable(service, properties.upstream().retryAfter()));
        });
    }
}
