package com.lumenbridge.gateway.ops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lumenbridge.gateway.ops.domain.ServiceOverview.Figure;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final ServiceHealth UP = new ServiceHealth("UP", Map.of("kafka", "UP", "mongo", "UP"));

    private static String requests(int ok, int failed, int scrapes, double under100ms, double under500ms) {
        double all = ok + failed;
        return """
            http_server_requests_seconds_count{method="GET",status="200",uri="/api/stores"} %d
            http_server_requests_seconds_count{method="POST",status="503",uri="/api/orders"} %d
            http_server_requests_seconds_count{method="GET",status="200",uri="/actuator/prometheus"} %d
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/api/stores",le="0.1"} %s
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/api/stores",le="0.5"} %s
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/api/stores",le="+Inf"} %s
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/actuator/prometheus",le="0.1"} 0
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/actuator/prometheus",le="+Inf"} %d
            """.formatted(ok, failed, scrapes, under100ms, under500ms, all, scrapes);
    }

    private static ServiceReading reading(Instant at, String text) {
        return new ServiceReading("stores", "http://stores", UP, Scrape.of(at, text), null);
    }

    @Test
    void ratesAreTheGrowthBetweenTwoScrapesOverTheTimeBetweenThem() {
        Scrape before = Scrape.of(T0, requests(100, 0, 7, 100, 100));
        ServiceReading now = reading(T0.plusSeconds(4), requests(136, 4, 9, 100, 100));

        ServiceOverview overview = Overviews.of(now, before);

        assertThat(overview.windowSeconds()).isEqualTo(4.0);
        assertThat(overview.requestsPerSecond()).as("(36 + 4) / 4 s, the scrapes left out").isEqualTo(10.0);
        assertThat(overview.serverErrorsPerSecond()).isEqualTo(1.0);
        assertThat(overview.errorRatio()).isEqualTo(0.1);
        assertThat(overview.status()).isEqualTo("UP");
        assertThat(overview.components()).containsEntry("kafka", "UP");
    }

    @Test
    void percentilesCoverOnlyTheRequestsInTheWindow() {
        // before: 100 fast requests; in the window: 40 more, 20 under 100 ms and 20 between 100 and 500 ms
        Scrape before = Scrape.of(T0, requests(100, 0, 1, 100, 100));
        ServiceReading now = reading(T0.plusSeconds(2), requests(140, 0, 2, 120, 140));

        ServiceOverview overview = Overviews.of(now, before);

        assertThat(overview.latencyMs().p50()).isCloseTo(100.0, within(1e-6));
        assertThat(overview.latencyMs().p95()).isCloseTo(100 + 400 * (38.0 - 20) / 20, within(1e-6));
        assertThat(overview.latencyMs().p99()).isCloseTo(100 + 400 * (39.6 - 20) / 20, within(1e-6));
    }

    @Test
    void theFirstReadingHasNoRatesAndPercentilesSinceStart() {
        ServiceOverview overview = Overviews.of(reading(T0, requests(100, 0, 1, 50, 100)), null);

        assertThat(overview.windowSeconds()).isNull();
        assertThat(overview.requestsPerSecond()).isNull();
        assertThat(overview.errorRatio()).isNull();
        assertThat(overview.latencyMs().p50()).isCloseTo(100.0, within(1e-6));
    }

    @Test
    void leavesTheOverviewCallsOwnRequestsOut() {
        String polled = "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/api/admin/ops/overview\"} %d\n";
        Scrape before = Scrape.of(T0, polled.formatted(10));

        ServiceOverview overview = Overviews.of(reading(T0.plusSeconds(2), polled.formatted(11)), before);

        assertThat(overview.requestsPerSecond()).isZero();
        assertThat(overview.errorRatio()).isNull();
    }

    @Test
    void aCounterThatWentDownWasResetAndCountsFromZero() {
        Scrape before = Scrape.of(T0, requests(1000, 0, 50, 1000, 1000));
        ServiceReading afterRestart = reading(T0.plusSeconds(5), requests(20, 0, 1, 20, 20));

        assertThat(Overviews.of(afterRestart, before).requestsPerSecond()).isEqualTo(4.0);
    }

    @Test
    void readsBreakerStatesLagBacklogAndDeadLetters() {
        String text = """
            resilience4j_circuitbreaker_state{name="catalog",state="closed"} 1.0
            resilience4j_circuitbreaker_state{name="catalog",state="open"} 0.0
            resilience4j_circuitbreaker_state{name="stores",state="closed"} 0.0
            resilience4j_circuitbreaker_state{name="stores",state="open"} 1.0
            kafka_consumer_fetch_manager_records_lag{client_id="c1",partition="0",topic="order.order.v1"} 5.0
            kafka_consumer_fetch_manager_records_lag{client_id="c1",partition="1",topic="order.order.v1"} 2.0
            kafka_consumer_fetch_manager_records_lag{client_id="c2",partition="0",topic="store.inventory.v1"} NaN
            kafka_consumer_fetch_manager_records_lag_max{client_id="c1"} 5.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="c2"} NaN
            lumenbridge_outbox_backlog{collection="orders"} 3.0
            lumenbridge_outbox_backlog{collection="webhooks"} 1.0
            lumenbridge_events_dead_lettered_total{topic="order.order.v1"} 2.0
            """;
        ServiceOverview overview = Overviews.of(reading(T0, text), null);

        assertThat(overview.breakers()).containsExactlyInAnyOrderEntriesOf(Map.of("catalog", "closed", "stores", "open"));
        assertThat(overview.consumerLag().total()).isEqualTo(7.0);
        assertThat(overview.consumerLag().max()).isEqualTo(5.0);
        assertThat(overview.consumerLag().byTopic()).containsExactlyEntriesOf(Map.of("order.order.v1", 7.0));
        assertThat(overview.outboxBacklog()).isEqualTo(4.0);
        assertThat(overview.deadLetters().total()).isEqualTo(2.0);
        assertThat(overview.deadLetters().perSecond()).isNull();
    }

    @Test
    void passesEveryLumenbridgeSeriesThroughGroupedByNameWithCounterRates() {
        Scrape before = Scrape.of(T0, """
            lumenbridge_orders_status_total{status="CONFIRMED"} 10
            """);
        ServiceReading now = reading(T0.plusSeconds(10), """
            lumenbridge_orders_status_total{status="CONFIRMED"} 30
            lumenbridge_orders_status_total{status="COMPLETED"} 5
            lumenbridge_store_inventory_low_stock 4
            lumenbridge_orders_time_to_confirmed_seconds_bucket{le="0.1"} 1
            jvm_threads_live_threads 30
            """);

        Map<String, java.util.List<Figure>> figures = Overviews.of(now, before).figures();

        assertThat(figures).containsOnlyKeys("lumenbridge_orders_status_total", "lumenbridge_store_inventory_low_stock");
        assertThat(figures.get("lumenbridge_orders_status_total")).containsExactly(
            new Figure(Map.of("status", "CONFIRMED"), 30, 2.0),
            new Figure(Map.of("status", "COMPLETED"), 5, 0.5));
        assertThat(figures.get("lumenbridge_store_inventory_low_stock")).containsExactly(new Figure(Map.of(), 4, null));
    }

    @Test
    void aServiceWithoutMetricsStillShowsItsHealthAndWhy() {
        ServiceReading down = new ServiceReading("crm", "http://crm", ServiceHealth.unreachable(), null, "No metrics within 2000 ms");

        ServiceOverview overview = Overviews.of(down, null);

        assertThat(overview.status()).isEqualTo("UNREACHABLE");
        assertThat(overview.problem()).isEqualTo("No metrics within 2000 ms");
        assertThat(overview.requestsPerSecond()).isNull();
        assertThat(overview.figures()).isEmpty();
    }
}
