package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.problem.Forbidden;
import com.lumenbridge.gateway.problem.ProblemExceptionHandler;
import com.lumenbridge.gateway.problem.RequestLogContext;
import com.lumenbridge.gateway.problem.Unauthenticated;
import com.lumenbridge.gateway.problem.UpstreamUnavailable;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Authenticated;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Authentication;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Rejected;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.NotFound;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The gate in front of {@code /api/**}, in this order: a valid API key (401), the operator for the
 * admin API and the scope the path and method need (403), the tenant's rate limit (429), the body
 * size (413); then the request goes on with the signed internal token in place of the API key.
 * Outside the API only {@link PublicPaths} answer; everything else is 404.
 */
final class ApiEdgeFilter implements WebFilter, Ordered {

    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final String BEARER = "Bearer ";
    private static final Logger log = LoggerFactory.getLogger(ApiEdgeFilter.class);

    /** Why a request was refused as unauthenticated: the {@code reason} tag of the failure counter. */
    enum Failure {
        MISSING,
        MALFORMED,
        UNKNOWN,
        EXPIRED,
        REVOKED
    }

    private final AuthenticateApiKey authentication;
    private final TenantRateLimits rateLimits;
    private final BodyLimits bodyLimits;
    private final InternalTokens tokens;
    private final Duration lookupTimeout;
    private final Duration retryAfter;
    private final Map<Failure, Counter> failures = new EnumMap<>(Failure.class);

    /**
     * @param lookupTimeout how long a request may wait for its key to be found
     * @param retryAfter what to tell the client when the key store did not answer in time
     */
    ApiEdgeFilter(AuthenticateApiKey authentication, TenantRateLimits rateLimits, BodyLimits bodyLimits,
            InternalTokens tokens, Duration lookupTimeout, Duration retryAfter, MeterRegistry meters) {
        this.authentication = authentication;
        this.rateLimits = rateLimits;
        this.bodyLimits = bodyLimits;
        this.tokens = tokens;
        this.lookupTimeout = lookupTimeout;
        this.retryAfter = retryAfter;
        for (Failure failure : Failure.values()) {
            failures.put(failure, Counter.builder("lumenbridge.gateway.auth.failures")
                .description("API requests refused as unauthenticated")
                .tag("reason", failure.name().toLowerCase(Locale.ROOT))
                .register(meters));
        }
    }

    @Override
    public int getOrder() {
        return EdgeOrder.API;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (!API.matches(path)) {
            return PublicPaths.allows(path) ? chain.filter(exchange) : Mono.error(new NotFound("Resource", path.value()));
        }
        return authenticate(exchange).flatMap(key -> {
            authorize(key, exchange.getRequest(), path);
            rateLimits.take(key.tenantId().value(), key.tenantKind());
            return forward(bodyLimits.apply(exchange, path), key, path).flatMap(admitted -> {
                admitted.getAttributes().put(ProblemExceptionHandler.TENANT_ATTRIBUTE, key.tenantId().value());
                return chain.filter(admitted);
            });
        });
    }

    private Mono<ApiKey> authenticate(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return refuse(Failure.MISSING, "An API key is required: send 'Authorization: Bearer <api key>'");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return refuse(Failure.MALFORMED, "The Authorization header must be 'Bearer <api key>'");
        }
        String presented = authorization.substring(BEARER.length()).trim();
        // suppressCancel: the lookup is shared through the cache; one cancelled request must not cancel it for all
        return Mono.fromFuture(() -> authentication.authenticate(presented), true)
            .timeout(lookupTimeout)
            .onErrorMap(failure -> !(failure instanceof ApiException), failure -> keyStoreUnavailable(exchange, failure))
            .flatMap(this::admit);
    }

    /** A slow or unreachable key store must not hold requests: they are answered 503 and may retry. */
    private Throwable keyStoreUnavailable(ServerWebExchange exchange, Throwable failure) {
        try (RequestLogContext logged = RequestLogContext.of(exchange)) {
            log.warn("Could not look up an API key in time: {}", failure.toString());
        }
        return new UpstreamUnavailable("API key store", retryAfter);
    }

    private Mono<ApiKey> admit(Authentication outcome) {
        if (outcome instanceof Authenticated authenticated) {
            return Mono.just(authenticated.key());
        }
        return switch (((Rejected) outcome).reason()) {
            case UNKNOWN -> refuse(Failure.UNKNOWN, "The API key is not valid");
            case EXPIRED -> refuse(Failure.EXPIRED, "The API key has expired");
            case REVOKED -> refuse(Failure.REVOKED, "The API key has been revoked");
        };
    }

    private <T> Mono<T> refuse(Failure failure, String detail) {
        failures.get(failure).increment();
        log.debug("Refused an API request: {}", detail);
        return Mono.error(new Unauthenticated(detail, failure != Failure.MISSING));
    }

    private static void authorize(ApiKey key, ServerHttpRequest request, PathContainer path) {
        if (RequiredScopes.ADMIN.matches(path) && key.tenantKind() != TenantKind.OPERATOR) {
            throw new Forbidden("The admin API is for the platform operator only");
        }
        Optional<Scope> required = RequiredScopes.of(request.getMethod(), path);
        if (required.isPresent() && !key.has(required.get())) {
            throw new Forbidden("This API key lacks the scope '" + required.get().wireName() + "'");
        }
    }

    /**
     * Replaces the API key with the internal token for requests that go on to a service. The key
     * itself never leaves the gateway, so a service log cannot leak it. A token still being minted
     * is waited for without holding the event loop.
     */
    private Mono<ServerWebExchange> forward(ServerWebExchange exchange, ApiKey key, PathContainer path) {
        if (RequiredScopes.ADMIN.matches(path)) {
            return Mono.just(exchange);
        }
        // suppressCancel: the mint is shared through the cache; one cancelled request must not cancel it for all
        return Mono.fromFuture(tokens.forKey(key), true).map(token -> exchange.mutate().request(request -> request
            .headers(headers -> {
                headers.remove(HttpHeaders.AUTHORIZATION);
                headers.set(InternalHeaders.TOKEN, token);
            })).build());
    }
}
