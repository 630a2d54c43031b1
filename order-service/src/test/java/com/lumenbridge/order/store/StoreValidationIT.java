package com.lumenbridge.order.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.order.support.Broker;
import com.lumenbridge.order.support.IntegrationTest;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.testing.HttpProbe;
import com.mongodb.client.model.Filters;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store check against a local HTTP stub of store-service's {@code GET /api/stores/{id}}, in a
 * context of its own (its own database and consumer group) because its store-service is the stub,
 * not the closed port the other ITs use. Each test registers stores under fresh ids, so the stub is
 * shared but no test sees another's stores.
 */
class StoreValidationIT extends IntegrationTest {

    private static final StoreServiceStub STORES = new StoreServiceStub();

    @DynamicPropertySource
    static void storeServiceIsTheStub(DynamicPropertyRegistry registry) {
        registry.add("lumenbridge.mongodb.database", () -> "lumenbridge_order_stores_it");
        registry.add("lumenbridge.messaging.group", () -> "order-service-stores-it");
        registry.add("lumenbridge.orders.stores.base-url", STORES::baseUrl);
    }

    @Test
    void anUnknownStoreIs422NamingTheStoreAndNothingIsStoredOrPublished() {
        World world = partneredWorld();
        String storeId = "nowhere-" + UUID.randomUUID();

        Map<String, String> headers = as(world.storefront(), key());
        HttpProbe.Response response = http.send("POST", "/api/orders", headers, pickup(storeId, world.skus().get(0), "1"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/validation");
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("fulfillment.storeId");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("no such store");
        assertThat(STORES.tokensFor(storeId)).as("read once, as the storefront, by forwarding its own token")
            .containsExactly(headers.get(InternalHeaders.TOKEN));
        assertNothingStoredOrPublished(world);
    }

    @Test
    void aStoreThatDoesNotCarryTheOrdersManufacturerIs422() {
        World world = partneredWorld();
        String storeId = STORES.register("STORE", List.of("PICKUP", "SHOWROOM"), List.of("maker-" + UUID.randomUUID()));

        HttpProbe.Response response = place(world.storefront(), key(), pickup(storeId, world.skus().get(0), "1"));

        assertRefusal(response, "does not carry this order's manufacturer");
        assertNothingStoredOrPublished(world);
    }

    @Test
    void aWarehouseOrAStoreWithoutTheFulfilmentsServiceIs422() {
        World world = partneredWorld();
        String warehouse = STORES.register("WAREHOUSE", List.of(), List.of(world.manufacturer()));
        String noCounter = STORES.register("STORE", List.of("SHOWROOM", "CONSULTATION"), List.of(world.manufacturer()));
        String noShowroom = STORES.register("STORE", List.of("PICKUP"), List.of(world.manufacturer()));

        assertRefusal(place(world.storefront(), key(), pickup(warehouse, world.skus().get(0), "1")), "is a WAREHOUSE, not a store");
        assertRefusal(place(world.storefront(), key(), pickup(noCounter, world.skus().get(0), "1")), "does not offer PICKUP");
        assertRefusal(place(world.storefront(), key(), tryInStore(noShowroom, world.skus().get(0))), "does not offer SHOWROOM");
        assertThat(place(world.storefront(), key(), tryInStore(noCounter, world.skus().get(0))).status())
            .as("a showroom without a pickup counter takes RESERVE_AND_TRY").isEqualTo(202);
        assertThat(place(world.storefront(), key(), pickup(noShowroom, world.skus().get(0), "1")).status())
            .as("a pickup counter without a showroom takes PICKUP").isEqualTo(202);
    }

    @Test
    void aBurstOfOrdersForOneStoreReadsItOnceAsTheStorefront() {
        World world = partneredWorld();
        String storeId = STORES.register("STORE", List.of("CONSULTATION", "PICKUP", "SHOWROOM"), List.of(world.manufacturer()));

        Map<String, String> first = as(world.storefront(), key());
        for (int i = 0; i < 5; i++) {
            HttpProbe.Response placed = http.send("POST", "/api/orders", i == 0 ? first : as(world.storefront(), key()),
                pickup(storeId, world.skus().get(i % 3), "1"));
            assertThat(placed.status()).isEqualTo(202);
            assertThat(placed.json().get("status").asString()).isEqualTo("PENDING");
            assertThat(placed.json().get("fulfillment").get("storeId").asString()).isEqualTo(storeId);
        }

        assertThat(STORES.tokensFor(storeId)).as("one read, with the first order's token")
            .containsExactly(first.get(InternalHeaders.TOKEN));
        assertThat(ordersOf(world)).isEqualTo(5);
        assertThat(http.get("/actuator/prometheus", Map.of()).body()).contains(
            "lumenbridge_orders_store_checks_total{cached=\"false\",outcome=\"fit\"}",
            "lumenbridge_orders_store_checks_total{cached=\"true\",outcome=\"fit\"}",
            "resilience4j_circuitbreaker_state{", "name=\"store-service\"");
    }

    @Test
    void aStoreServiceThatErrorsOrIsSlowLetsTheOrderWaitAsPending() {
        World world = partneredWorld();
        String erroring = STORES.failing(503, Duration.ZERO);
        String slow = STORES.failing(200, Duration.ofSeconds(4));

        HttpProbe.Response whileErroring = place(world.storefront(), key(), pickup(erroring, world.skus().get(0), "1"));
        long started = System.nanoTime();
        HttpProbe.Response whileSlow = place(world.storefront(), key(), pickup(slow, world.skus().get(0), "1"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(whileErroring.status()).isEqualTo(202);
        assertThat(whileErroring.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(whileSlow.status()).isEqualTo(202);
        assertThat(whileSlow.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(took).as("the 500 ms store read bounds the wait, not the stub's 4 s").isLessThan(Duration.ofMillis(2_500));
        assertThat(ordersOf(world)).isEqualTo(2);
    }

    private void assertRefusal(HttpProbe.Response response, String message) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/validation");
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("fulfillment.storeId");
        assertThat(response.json().get("errors").get(0).get("message").asString()).startsWith(message);
    }

    private void assertNothingStoredOrPublished(World world) {
        assertThat(ordersOf(world)).isZero();
        assertThat(database.getCollection("idempotency_keys").countDocuments(Filters.eq("tenantId",
            world.storefront().tenantId()))).isZero();
        assertThat(Broker.all(Topics.ORDER_ORDER, Broker.ofTenant(world.storefront().tenantId()))).isEmpty();
    }

    private long ordersOf(World world) {
        return database.getCollection("orders").countDocuments(Filters.eq("tenantId", world.storefront().tenantId()));
    }

    private static String tryInStore(String storeId, String sku) {
        return order("{\"type\":\"RESERVE_AND_TRY\",\"storeId\":\"" + storeId + "\"}", sku, "1");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /**
     * store-service's {@code GET /api/stores/{id}} as a storefront would see it: the store's full view
     * for a registered id, 404 for any other, or a chosen failure; it records the token of every read.
     */
    private static final class StoreServiceStub {

        private record Answer(int status, String body, Duration delay) {
        }

        private final HttpServer server;
        private final Map<String, Answer> answers = new ConcurrentHashMap<>();
        private final Map<String, List<String>> tokens = new ConcurrentHashMap<>();

        StoreServiceStub() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/stores/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring("/api/stores/".length());
                tokens.computeIfAbsent(id, i -> new CopyOnWriteArrayList<>())
                    .add(exchange.getRequestHeaders().getFirst(InternalHeaders.TOKEN));
                Answer answer = answers.getOrDefault(id, new Answer(404,
                    "{\"type\":\"https://problems.lumenbridge.dev/not-found\",\"status\":404}", Duration.ZERO));
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "store-service-stub");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** A location under a fresh id, answered as store-service's LocationController renders it. */
        String register(String type, List<String> services, List<String> manufacturers) {
            String id = UUID.randomUUID().toString();
            answers.put(id, new Answer(200, """
                {"id":"%s","tenantId":"dealer-1","name":"Lumen Hall Shanghai","type":"%s",
                 "address":{"line1":"1 Nanjing Rd","city":"Shanghai","country":"CN"},
                 "location":{"lat":31.2304,"lng":121.4737},"timeZone":"Asia/Shanghai","openingHours":{},
                 "services":%s,"manufacturers":%s,"slotMinutes":30,"capacity":2,"createdAt":"2026-11-01T00:00:00Z"}
                """.formatted(id, type, json(services), json(manufacturers)), Duration.ZERO));
            return id;
        }

        /** An id answered with {@code status} after {@code delay}, with no store in the body. */
        String failing(int status, Duration delay) {
            String id = UUID.randomUUID().toString();
            answers.put(id, new Answer(status, "", delay));
            return id;
        }

        List<String> tokensFor(String id) {
            return tokens.getOrDefault(id, List.of());
        }

        private static String json(List<String> values) {
            return values.stream().map(v -> "\"" + v + "\"").toList().toString().replace(", ", ",");
        }
    }
}
