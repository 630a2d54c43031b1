package com.lumenbridge.order.store.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.order.common.GuardedRead;
import com.lumenbridge.order.order.domain.FulfillmentType;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The store check's memory, against a local HTTP stub standing in for store-service. */
class StoreCheckTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HttpServer stores;
    private final List<String> reads = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private StoreCheck check;

    @BeforeEach
    void stubStoreService() throws IOException {
        stores = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stores.createContext("/api/stores/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/stores/".length());
            reads.add(id);
            int status = 404;
            String body = "";
            if (id.equals("hall")) {
                status = 200;
                body = "{\"id\":\"hall\",\"type\":\"STORE\",\"services\":[\"PICKUP\"],\"manufacturers\":[\"maker-1\"]}";
            } else if (id.equals("broken")) {
                status = 500;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        stores.start();
        StoreClient client = new StoreClient(new GuardedRead(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
            "http://127.0.0.1:" + stores.getAddress().getPort(), CircuitBreaker.ofDefaults("store-test"),
            TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(TIMEOUT).build()), TIMEOUT), JsonMapper.builder().build());
        check = new StoreCheck(client, clock, Duration.ofSeconds(30), meters);
    }

    @AfterEach
    void stop() {
        stores.stop(0);
    }

    @Test
    void aFoundStoreIsReadOncePerStorefrontUntilItsAnswerExpires() {
        for (int i = 0; i < 3; i++) {
            assertThat(check.refusal("shop-1", "t", "hall", "maker-1", FulfillmentType.PICKUP)).isEmpty();
        }
        assertThat(check.refusal("shop-1", "t", "hall", "maker-2", FulfillmentType.PICKUP))
            .as("the remembered store is judged afresh for each order").contains("does not carry this order's manufacturer");
        assertThat(reads).containsExactly("hall");

        check.refusal("shop-2", "t", "hall", "maker-1", FulfillmentType.PICKUP);
        assertThat(reads).as("another storefront reads for itself").hasSize(2);

        clock.move(Duration.ofSeconds(31));
        check.refusal("shop-1", "t", "hall", "maker-1", FulfillmentType.PICKUP);
        assertThat(reads).hasSize(3);
        assertThat(meters.counter("lumenbridge.orders.store.checks", "outcome", "fit", "cached", "true").count()).isEqualTo(2);
        assertThat(meters.counter("lumenbridge.orders.store.checks", "outcome", "unfit", "cached", "true").count()).isEqualTo(1);
    }

    @Test
    void anUnknownStoreIsNotRememberedSoOneRegisteredAMomentLaterIsFound() {
        assertThat(check.refusal("shop-1", "t", "later", "maker-1", FulfillmentType.PICKUP)).contains("no such store");
        assertThat(check.refusal("shop-1", "t", "later", "maker-1", FulfillmentType.PICKUP)).contains("no such store");

        assertThat(reads).containsExactly("later", "later");
        assertThat(meters.counter("lumenbridge.orders.store.checks", "outcome", "unknown", "cached", "false").count()).isEqualTo(2);
    }

    @Test
    void aStoreServiceThatCannotAnswerRefusesNothing() {
        assertThat(check.refusal("shop-1", "t", "broken", "maker-1", FulfillmentType.PICKUP)).isEmpty();
        assertThat(meters.counter("lumenbridge.orders.store.checks", "outcome", "unavailable", "cached", "false").count())
            .isEqualTo(1);
    }

    @Test
    void switchedOffItReadsNothingAndRefusesNothing() {
        assertThat(StoreCheck.off().refusal("shop-1", "t", "anything", "maker-1", FulfillmentType.PICKUP)).isEmpty();
        assertThat(reads).isEmpty();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
