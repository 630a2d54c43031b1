package com.lumenbridge.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.problem.RateLimited;
import com.lumenbridge.platform.identity.TenantKind;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per tenant (all of a tenant's keys share it): bursts up to the capacity, refilled
 * greedily at the configured rate. Buckets live in this instance's memory, so with several gateway
 * instances a tenant's effective limit is the per-instance limit times the instances.
 */
final class TenantRateLimits {

    private final GatewayProperties.RateLimit settings;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;
    private final Map<TenantKind, Counter> limited = new EnumMap<>(TenantKind.class);

    TenantRateLimits(GatewayProperties.RateLimit settings, Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.time = new ClockTimeMeter(clock);
        // an idle bucket is dropped only once it would have refilled completely anyway
        Duration refillTime = Duration.ofSeconds(settings.capacity() / settings.refillPerSecond() + 1);
        this.buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(refillTime.compareTo(Duration.ofMinutes(10)) > 0 ? refillTime : Duration.ofMinutes(10))
            .build();
        for (TenantKind kind : TenantKind.values()) {
            limited.put(kind, Counter.builder("lumenbridge.gateway.rate.limited")
                .description("Requests refused because the tenant's rate limit was used up")
                .tag("kind", kind.name())
                .register(meters));
        }
    }

    /** Takes one request from the tenant's budget, or throws {@link RateLimited}. */
    void take(String tenantId, TenantKind kind) {
        ConsumptionProbe probe = buckets.get(tenantId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            limited.get(kind).increment();
            long nanos = probe.getNanosToWaitForRefill();
            throw new RateLimited((nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
            .addLimit(limit -> limit.capacity(settings.capacity())
                .refillGreedy(settings.refillPerSecond(), Duration.ofSeconds(1)))
            .withCustomTimePrecision(time)
            .build();
    }

    /** Bucket4j's clock from the injected {@link Clock}, so tests can move time. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
