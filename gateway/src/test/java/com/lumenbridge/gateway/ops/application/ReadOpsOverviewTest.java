package com.lumenbridge.gateway.ops.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.ops.domain.Scrape;
import com.lumenbridge.gateway.ops.domain.ServiceHealth;
import com.lumenbridge.gateway.ops.domain.ServiceOverview;
import com.lumenbridge.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ReadOpsOverviewTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    /** A service whose request counter grows by 10 per read. */
    private ServiceProbe counting(String service) {
        AtomicInteger reads = new AtomicInteger();
        return new ServiceProbe() {
            @Override
            public String service() {
                return service;
            }

            @Override
            public Mono<com.lumenbridge.gateway.ops.domain.ServiceReading> read() {
                String text = "http_server_requests_seconds_count{status=\"200\",uri=\"/api/x\"} " + reads.incrementAndGet() * 10;
                return Mono.just(new com.lumenbridge.gateway.ops.domain.ServiceReading(service, "http://" + service,
                    new ServiceHealth("UP", Map.of()), Scrape.of(clock.instant(), text), null));
            }
        };
    }

    private static ServiceOverview first(OpsOverview overview) {
        return overview.services().get(0);
    }

    @Test
    void keepsEachServicesPreviousScrapeSoTheSecondReadHasRates() {
        ReadOpsOverview read = new ReadOpsOverview(List.of(counting("gateway"), counting("catalog")), Duration.ofSeconds(1), clock);

        OpsOverview firstRead = read.read().block();
        clock.advance(Duration.ofSeconds(5));
        OpsOverview secondRead = read.read().block();

        assertThat(firstRead.services()).extracting(ServiceOverview::service).containsExactly("gateway", "catalog");
        assertThat(first(firstRead).requestsPerSecond()).isNull();
        assertThat(secondRead.services()).extracting(ServiceOverview::requestsPerSecond).containsExactly(2.0, 2.0);
        assertThat(secondRead.at()).isEqualTo(clock.instant());
    }

    @Test
    void aReadSoonAfterAnotherDoesNotShrinkTheNextWindow() {
        ReadOpsOverview read = new ReadOpsOverview(List.of(counting("gateway")), Duration.ofSeconds(2), clock);

        read.read().block();
        clock.advance(Duration.ofMillis(500));
        read.read().block();
        clock.advance(Duration.ofMillis(3500));
        ServiceOverview third = first(read.read().block());

        assertThat(third.windowSeconds()).as("measured from the first read, not the one 0.5 s later").isEqualTo(4.0);
        assertThat(third.requestsPerSecond()).isEqualTo(5.0);
    }
}
