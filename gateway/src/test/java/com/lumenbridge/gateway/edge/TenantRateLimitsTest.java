package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.problem.RateLimited;
import com.lumenbridge.gateway.support.MutableClock;
import com.lumenbridge.platform.identity.TenantKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantRateLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TenantRateLimits limits = new TenantRateLimits(new GatewayProperties.RateLimit(2, 1), clock, meters);

    @Test
    void allowsABurstUpToTheCapacityThenRefusesWithTheWaitInWholeSeconds() {
        limits.take("aurora", TenantKind.MANUFACTURER);
        limits.take("aurora", TenantKind.MANUFACTURER);

        assertThatThrownBy(() -> limits.take("aurora", TenantKind.MANUFACTURER))
            .isInstanceOfSatisfying(RateLimited.class, limited -> {
                assertThat(limited.retryAfterSeconds()).isEqualTo(1);
                assertThat(limited.headers()).containsEntry("Retry-After", "1");
            });
        assertThat(meters.get("lumenbridge.gateway.rate.limited").tag("kind", "MANUFACTURER").counter().count())
            .isEqualTo(1.0);
    }

    @Test
    void refillsAtTheConfiguredRate() {
        limits.take("aurora", TenantKind.MANUFACTURER);
        limits.take("aurora", TenantKind.MANUFACTURER);

        clock.advance(Duration.ofMillis(999));
        assertThatThrownBy(() -> limits.take("aurora", TenantKind.MANUFACTURER)).isInstanceOf(RateLimited.class);
        clock.advance(Duration.ofMillis(1));
        limits.take("aurora", TenantKind.MANUFACTURER);

        assertThatThrownBy(() -> limits.take("aurora", TenantKind.MANUFACTURER)).isInstanceOf(RateLimited.class);
    }

    @Test
    void keepsOneBucketPerTenant() {
        limits.take("aurora", TenantKind.MANUFACTURER);
        limits.take("aurora", TenantKind.MANUFACTURER);

        limits.take("lumen-hall", TenantKind.DEALER);
        limits.take("lumen-hall", TenantKind.DEALER);

        assertThatThrownBy(() -> limits.take("lumen-hall", TenantKind.DEALER)).isInstanceOf(RateLimited.class);
        assertThat(meters.get("lumenbridge.gateway.rate.limited").tag("kind", "DEALER").counter().count()).isEqualTo(1.0);
    }
}
