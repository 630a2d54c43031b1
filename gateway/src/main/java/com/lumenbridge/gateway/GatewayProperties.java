package com.lumenbridge.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own settings, under {@code lumenbridge.gateway.*}.
 *
 * @param operatorKey the operator's API key to bootstrap ({@code LUMENBRIDGE_OPERATOR_KEY}); empty for none
 */
@ConfigurationProperties("lumenbridge.gateway")
public record GatewayProperties(
        String operatorKey,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue BodyLimit bodyLimit,
        @DefaultValue Upstream upstream,
        @DefaultValue KeyLookup keyLookup) {

    /** A token bucket per tenant: bursts up to {@code capacity}, sustained {@code refillPerSecond}. */
    public record RateLimit(@DefaultValue("200") long capacity, @DefaultValue("100") long refillPerSecond) {

        public RateLimit {
            if (capacity < 1 || refillPerSecond < 1) {
                throw new IllegalArgumentException("Rate limit capacity and refill-per-second must be at least 1");
            }
        }
    }

    /**
     * The largest request body accepted: {@code max} unless one of {@code overrides} (path pattern
     * to size, e.g. {@code /api/catalog/imports/**}) matches the request path.
     */
    public record BodyLimit(@DefaultValue("1MB") DataSize max, @DefaultValue Map<String, DataSize> overrides) {

        public BodyLimit {
            Objects.requireNonNull(max, "max");
            overrides = Map.copyOf(overrides);
        }
    }

    /**
     * How long the gateway waits for a service. The route definitions read the timeouts too, so
     * they are set in one place.
     *
     * @param retryAfter what a 503 tells the client to wait before retrying
     */
    public record Upstream(
            @DefaultValue("2000") int connectTimeoutMs,
            @DefaultValue("10000") long responseTimeoutMs,
            @DefaultValue("60000") long importResponseTimeoutMs,
            @DefaultValue("5s") Duration retryAfter,
            @DefaultValue("200") int maxConcurrentCalls) {

        public Upstream {
            if (connectTimeoutMs < 1 || responseTimeoutMs < 1 || importResponseTimeoutMs < 1) {
                throw new IllegalArgumentException("Upstream timeouts must be positive");
            }
            if (maxConcurrentCalls < 1) {
                throw new IllegalArgumentException("Upstream max-concurrent-calls must be positive");
            }
        }

        /** The longest any single upstream call may take, connecting included. */
        public Duration longestCall() {
            return Duration.ofMillis(connectTimeoutMs + Math.max(responseTimeoutMs, importResponseTimeoutMs));
        }
    }

    /**
     * Finding the key behind a bearer token.
     *
     * @param rememberKnown how long a key found is remembered
     * @param rememberUnknown how long a key not found is remembered
     * @param timeout how long a request waits for the key store before it is answered 503
     */
    public record KeyLookup(
            @DefaultValue("30s") Duration rememberKnown,
            @DefaultValue("5s") Duration rememberUnknown,
            @DefaultValue("3s") Duration timeout) {
    }
}
