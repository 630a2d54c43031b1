package com.lumenbridge.order.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant created = Instant.parse("2026-11-25T00:00:00Z");

    @Test
    void doublesFromTheInitialDelayUpToTheMaximum() {
        assertThat(backoff.next(1, created, created)).contains(created.plusSeconds(30));
        assertThat(backoff.next(2, created, created)).contains(created.plusSeconds(60));
        assertThat(backoff.next(3, created, created)).contains(created.plusSeconds(120));
        assertThat(backoff.next(8, created, created)).contains(created.plus(Duration.ofHours(1)));
        assertThat(backoff.next(40, created, created)).contains(created.plus(Duration.ofHours(1)));
    }

    @Test
    void givesUpOnceTheNextTryWouldFallOutsideTheRetryWindow() {
        Instant late = created.plus(Duration.ofHours(23).plusMinutes(30));

        assertThat(backoff.next(30, created, late)).isEmpty();
        assertThat(backoff.next(1, created, late)).contains(late.plusSeconds(30));
    }
}
