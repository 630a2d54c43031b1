package com.lumenbridge.order.webhook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Exponential retry: {@code initial}, doubling per failed attempt up to {@code max}, for at most {@code retryFor}. */
public record Backoff(Duration initial, Duration max, Duration retryFor) {

    /** When to try again after {@code failedAttempts} failures of a delivery created at {@code createdAt}; empty to give up. */
    public Optional<Instant> next(int failedAttempts, Instant createdAt, Instant now) {
        Duration delay = initial;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        Instant next = now.plus(delay);
        return next.isAfter(createdAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
    }
}
