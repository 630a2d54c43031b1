package com.lumenbridge.order.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.order.common.GuardedRead;
import com.lumenbridge.order.order.domain.Money;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The catalog read against a local HTTP stub standing in for catalog-service. */
class CatalogClientTest {

    /** Generous for a loaded CI machine; the slow stub takes three times as long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HttpServer catalog;
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private CircuitBreaker breaker;
    private CatalogClient client;

    @BeforeEach
    void stubCatalog() throws IOException {
        catalog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        catalog.createContext("/api/catalog/products/", exchange -> {
            tokens.add(exchange.getRequestHeaders().getFirst("X-LB-Internal-Token"));
            String sku = exchange.getRequestURI().getPath().substring("/api/catalog/products/".length());
            int status;
            String body = "";
            switch (sku) {
                case "AUR-A60" -> {
                    status = 200;
                    body = "{\"sku\":\"AUR-A60\",\"manufacturerId\":\"maker-1\",\"status\":\"ACTIVE\","
                        + "\"listPrice\":{\"amountMinor\":499,\"currency\":\"EUR\"},\"price\":{\"amountMinor\":399,\"currency\":\"EUR\"}}";
                }
                case "SLOW" -> {
                    sleep(6_000);
                    status = 200;
                }
                case "BROKEN" -> status = 500;
                default -> status = 404;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        catalog.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "catalog-stub");
            thread.setDaemon(true);
            return thread;
        }));
        catalog.start();
        breaker = CircuitBreaker.of("catalog-test", CircuitBreakerConfig.custom().slidingWindowSize(4).minimumNumberOfCalls(4)
            .failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1)).build());
        client = new CatalogClient(new GuardedRead(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
            "http://127.0.0.1:" + catalog.getAddress().getPort(), breaker,
            TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(TIMEOUT).build()), TIMEOUT), JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        catalog.stop(0);
    }

    @Test
    void readsThePartnerPriceAsTheStorefrontByForwardingItsOwnToken() {
        var product = client.product("AUR-A60", "the-storefronts-token");

        assertThat(product).hasValueSatisfying(p -> {
            assertThat(p.manufacturerId()).isEqualTo("maker-1");
            assertThat(p.status()).isEqualTo("ACTIVE");
            assertThat(p.price()).isEqualTo(new Money(399, "EUR"));
        });
        assertThat(tokens).containsExactly("the-storefronts-token");
    }

    @Test
    void aSkuTheCatalogDoesNotShowThisStorefrontIsEmptyNotAFailure() {
        assertThat(client.product("NOT-OFFERED", "t")).isEmpty();
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aSlowCatalogCostsTheTimeoutNotItsOwnSlowness() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.product("SLOW", "t")).isInstanceOf(CatalogClient.CatalogUnavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void repeatedFailuresOpenTheBreakerAndThenTheCatalogIsNotCalledAtAll() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.product("BROKEN", "t")).isInstanceOf(CatalogClient.CatalogUnavailable.class);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = tokens.size();

        assertThatThrownBy(() -> client.product("AUR-A60", "t")).isInstanceOf(CatalogClient.CatalogUnavailable.class)
            .hasMessageContaining("CallNotPermittedException");
        assertThat(tokens).hasSize(calls);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
