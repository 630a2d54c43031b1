package com.lumenbridge.order;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** order-service settings under {@code lumenbridge.orders}. */
@ConfigurationProperties("lumenbridge.orders")
public record OrderProperties(@DefaultValue Catalog catalog, @DefaultValue Stores stores,
        @DefaultValue Idempotency idempotency, @DefaultValue Webhooks webhooks) {

    /**
     * The catalog-service read for SKUs the local projection cannot price: its base URL, how long
     * one read may take, and when the breaker opens.
     */
    public record Catalog(@DefaultValue("http://localhost:8081") String baseUrl, @DefaultValue("800ms") Duration timeout,
            @DefaultValue("50") float failureRateThreshold, @DefaultValue("30s") Duration openFor) {
    }

    /**
     * The store-service read that checks a PICKUP / RESERVE_AND_TRY store before an order is stored:
     * whether to check at all (off until store-service shows a store to the storefronts that may
     * order there — see the README), its base URL, how long one read may take, when the breaker
     * opens, and how long a store's answer is reused.
     */
    public record Stores(@DefaultValue("true") boolean validate, @DefaultValue("http://localhost:8082") String baseUrl,
            @DefaultValue("500ms") Duration timeout, @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("30s") Duration openFor, @DefaultValue("30s") Duration cacheFor) {
    }

    /** How long an {@code Idempotency-Key} is remembered (at least 24 h) and how often expired ones are purged. */
    public record Idempotency(@DefaultValue("25h") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
    }

    /**
     * Webhook delivery: hosts the operator allows despite a private address (and over plain http),
     * the worker's poll interval, the first retry delay doubling up to {@code maxBackoff}, how long a
     * delivery is retried at all, the per-request timeout, and the per-endpoint breaker.
     */
    public record Webhooks(@DefaultValue List<String> allowedHosts, @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("30s") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("24h") Duration retryFor, @DefaultValue("5s") Duration requestTimeout,
            @DefaultValue("50") float failureRateThreshold, @DefaultValue("60s") Duration openFor) {
    }
}
