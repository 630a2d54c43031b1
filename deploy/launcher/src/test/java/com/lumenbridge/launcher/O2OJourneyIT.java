package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online-to-offline journey of DESIGN.md end to end: the real launcher starts the real broker,
 * Mongo server and all five services as processes; a storefront orders through the gateway with its
 * API key, store-service reserves from real stock through Kafka, the dealer works the pickup. Holds
 * are shortened (store-service reads them from the environment the launcher hands down) so expiry
 * happens within the test.
 */
class O2OJourneyIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    /** A reserve-and-try hold short enough to watch expire, long enough to decline one first. */
    private static final Map<String, String> SHORT_HOLDS = Map.of(
        "LUMENBRIDGE_STORE_HOLD_RESERVEANDTRY", "20s",
        "LUMENBRIDGE_STORE_RESERVATIONS_EXPIRYINTERVAL", "2s");

    @TempDir
    static Path home;

    private static final GatewayClient gateway = new GatewayClient(URI.create(ServiceSpec.GATEWAY.url()));
    private static DemoWorld.Built world;

    @BeforeAll
    static void upAndBuildTheWorld() throws Exception {
        LauncherRun.Result up = LauncherRun.run(home, SHORT_HOLDS, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        String operator = Files.readString(home.resolve("operator.key")).trim();
        world = new DemoWorld(gateway, operator, line -> { })
            .build("E" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(), 0, null);
    }

    @AfterAll
    static void down() throws Exception {
        LauncherRun.run(home, "down");
    }

    @Test
    void pickupOrderIsConfirmedMadeReadyCompletedAndItsStockLeavesTheStore() throws Exception {
        String sku = world.products().get(0).sku();
        int before = stock(world.storeId(), sku).path("onHand").asInt();

        JsonNode placed = place("PICKUP", world.storeId(), Map.of(sku, 2));
        assertThat(placed.path("status").asText()).isIn("PENDING", "CONFIRMED");
        String id = placed.path("id").asText();

        JsonNode confirmed = awaitStatus(id, "CONFIRMED");
        assertThat(confirmed.path("lines").get(0).path("unitPrice").path("amountMinor").asLong())
            .as("the storefront's price-list price, snapshotted").isEqualTo(world.partnerPrice(sku));
        assertThat(confirmed.path("total").path("amountMinor").asLong()).isEqualTo(2 * world.partnerPrice(sku));
        assertThat(stock(world.storeId(), sku).path("reserved").asInt()).isGreaterThanOrEqualTo(2);

        assertThat(dealer("/api/orders/" + id + "/ready").status()).isEqualTo(200);
        assertThat(awaitStatus(id, "READY_FOR_PICKUP").path("status").asText()).isEqualTo("READY_FOR_PICKUP");
        assertThat(dealer("/api/orders/" + id + "/complete").status()).isEqualTo(200);
        awaitStatus(id, "COMPLETED");

        awaitStock(world.storeId(), sku, stock -> stock.path("onHand").asInt() == before - 2,
            "two units left the store's stock");
        JsonNode after = stock(world.storeId(), sku);
        assertThat(after.path("available").asInt()).isEqualTo(after.path("onHand").asInt() - after.path("reserved").asInt());
    }

    @Test
    void reserveAndTryDeclinedInStoreReturnsItsStock() throws Exception {
        String sku = world.products().get(1).sku();
        String id = place("RESERVE_AND_TRY", world.storeId(), Map.of(sku, 1)).path("id").asText();
        awaitStatus(id, "CONFIRMED");
        JsonNode confirmed = stock(world.storeId(), sku);
        int held = confirmed.path("onHand").asInt();
        int reserved = confirmed.path("reserved").asInt();

        assertThat(dealer("/api/orders/" + id + "/decline").status()).isEqualTo(200);
        awaitStatus(id, "CLOSED_NO_SALE");
        awaitStock(world.storeId(), sku, stock -> stock.path("reserved").asInt() <= reserved - 1, "the hold was released");
        assertThat(stock(world.storeId(), sku).path("onHand").asInt()).as("nothing was sold").isEqualTo(held);
    }

    @Test
    void orderForMoreThanTheStockIsRejectedNamingTheShortLine() throws Exception {
        DemoWorld.Product scarce = world.products().get(2);
        String plenty = world.products().get(0).sku();
        String id = place("PICKUP", world.storeId(), Map.of(scarce.sku(), scarce.storeStock() + 5, plenty, 1))
            .path("id").asText();

        JsonNode rejected = awaitStatus(id, "REJECTED");
        assertThat(rejected.toString()).as("the reason names the short line").contains(scarce.sku());
        assertThat(rejected.toString()).doesNotContain("\"sku\":\"" + plenty + "\",\"requested\"");
        assertThat(stock(world.storeId(), scarce.sku()).path("reserved").asInt()).as("all or nothing").isZero();
    }

    @Test
    void cancelledOrderReturnsItsStock() throws Exception {
        String sku = world.products().get(0).sku();
        String id = place("PICKUP", world.storeId(), Map.of(sku, 3)).path("id").asText();
        awaitStatus(id, "CONFIRMED");
        int reservedBefore = stock(world.storeId(), sku).path("reserved").asInt();

        GatewayClient.Reply cancelled = gateway.post("/api/orders/" + id + "/cancel", world.storefront().apiKey(), Map.of());
        assertThat(cancelled.status()).as(cancelled.brief()).isEqualTo(200);
        awaitStatus(id, "CANCELLED");
        awaitStock(world.storeId(), sku, stock -> stock.path("reserved").asInt() <= reservedBefore - 3,
            "the three units held for it were released");
    }

    @Test
    void holdThatPassesItsExpiryEndsExpiredAndIsReleased() throws Exception {
        String sku = world.products().get(1).sku();
        String id = place("RESERVE_AND_TRY", world.storeId(), Map.of(sku, 2)).path("id").asText();
        awaitStatus(id, "CONFIRMED");
        int reserved = stock(world.storeId(), sku).path("reserved").asInt();
        awaitStatus(id, "EXPIRED");
        awaitStock(world.storeId(), sku, stock -> stock.path("reserved").asInt() <= reserved - 2, "the expired hold was released");
    }

    @Test
    void deliveryIsReservedAtTheManufacturersWarehouse() throws Exception {
        String sku = world.products().get(2).sku();
        Map<String, Object> fulfillment = Map.of("type", "DELIVERY",
            "address", Map.of("line1", "8 Century Avenue", "city", "Shanghai", "postalCode", "200120", "country", "CN"));
        String id = place(fulfillment, Map.of(sku, 1)).path("id").asText();
        awaitStatus(id, "CONFIRMED");
        awaitStock(world.warehouseId(), sku, stock -> stock.path("reserved").asInt() >= 1,
            "the warehouse holds the delivery's unit", world.manufacturer().apiKey());
    }

    @Test
    void ordersWaitWhileStoreServiceIsDownAndAllSettleWhenItComesBack() throws Exception {
        LauncherRun.Result stopped = LauncherRun.run(home, SHORT_HOLDS, "stop", "store-service", "--kill");
        assertThat(stopped.exitCode()).as(stopped.output()).isZero();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(place("PICKUP", world.storeId(), Map.of(world.products().get(0).sku(), 1)).path("id").asText());
            }
            Thread.sleep(3_000);
            for (String id : ids) {
                assertThat(order(id).path("status").asText()).as("order %s with store-service down", id).isEqualTo("PENDING");
            }
        } finally {
            LauncherRun.Result up = LauncherRun.run(home, SHORT_HOLDS, "up");
            assertThat(up.exitCode()).as(up.output()).isZero();
            assertThat(up.output()).contains("Starting the parts that stopped: store-service");
        }
        for (String id : ids) {
            JsonNode settled = DemoWorld.await(() -> gateway.get("/api/orders/" + id, world.storefront().apiKey()),
                reply -> Set.of("CONFIRMED", "REJECTED").contains(reply.text("status")), SETTLE, "order " + id).json();
            assertThat(settled.path("status").asText()).isIn("CONFIRMED", "REJECTED");
        }
    }

    @Test
    void nobodyElseSeesTheOrder() throws Exception {
        String id = place("PICKUP", world.storeId(), Map.of(world.products().get(0).sku(), 1)).path("id").asText();
        assertThat(gateway.get("/api/orders/" + id, world.storefront().apiKey()).status()).isEqualTo(200);
        assertThat(gateway.get("/api/orders/" + id, world.manufacturer().apiKey()).status())
            .as("the manufacturer reads orders for its products").isEqualTo(200);
        GatewayClient.Reply notTheDealer = gateway.post("/api/orders/" + id + "/ready", world.storefront().apiKey(), Map.of());
        assertThat(notTheDealer.status()).as("only the fulfilling dealer marks ready").isIn(403, 404, 409);
        assertThat(gateway.get("/api/orders/" + UUID.randomUUID(), world.storefront().apiKey()).status()).isEqualTo(404);
    }

    /** Issue 8's reduced chaos run, as CI affords it: no oversell, and catalog-service dying and coming back. */
    @Test
    void chaosNoOversellAndDependencyDownHoldTheirInvariants() throws Exception {
        chaos("oversell", "dependency");
    }

    /** Issue 8, reduced: order-service, store-service and the broker killed under a stream of orders. */
    @Test
    void chaosProcessKillsHoldTheirInvariants() throws Exception {
        chaos("kills");
    }

    /** Issue 8, reduced: malformed requests on every documented endpoint, and another tenant's ids everywhere. */
    @Test
    void chaosBadInputAndIsolationHoldTheirInvariants() throws Exception {
        chaos("input", "isolation");
    }

    private static void chaos(String... scenarios) throws Exception {
        List<String> command = new ArrayList<>(List.of("chaos", "--small"));
        command.addAll(List.of(scenarios));
        LauncherRun.Result chaos = LauncherRun.run(home, SHORT_HOLDS, command.toArray(String[]::new));
        assertThat(chaos.exitCode()).as(chaos.output()).isZero();
        assertThat(chaos.output()).contains("Every invariant held.").doesNotContain("FAIL");
    }

    /** Issue 7: a dashboard or alert that names a metric no service exposes would stay empty in production. */
    @Test
    void everyDashboardPanelAndAlertReadsMetricsTheServicesExpose() throws Exception {
        String id = place("PICKUP", world.storeId(), Map.of(world.products().get(0).sku(), 1)).path("id").asText();
        awaitStatus(id, "CONFIRMED");
        dealer("/api/orders/" + id + "/ready");
        awaitStatus(id, "READY_FOR_PICKUP");

        Set<String> exposed = new TreeSet<>(Set.of("up"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (ServiceSpec service : ServiceSpec.ALL) {
            String scrape = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).forEach(exposed::add);
        }
        List<String> missing = new ArrayList<>();
        for (DashboardQueries.Query query : DashboardQueries.all(LauncherRun.REPO)) {
            DashboardQueries.metricNames(query.expr()).stream().filter(name -> !exposed.contains(name))
                .forEach(name -> missing.add(query.where() + ": " + name));
        }
        assertThat(missing).as("metrics named in deploy/grafana and deploy/prometheus that no service exposes").isEmpty();
    }

    private static JsonNode place(String type, String storeId, Map<String, Integer> lines) {
        return place(Map.of("type", type, "storeId", storeId), lines);
    }

    private static JsonNode place(Map<String, Object> fulfillment, Map<String, Integer> lines) {
        List<Map<String, Object>> body = new ArrayList<>();
        lines.forEach((sku, quantity) -> body.add(Map.of("sku", sku, "quantity", quantity)));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customer", Map.of("email", "li.wei@example.com", "phone", "+8613800000000", "name", "Li Wei",
            "marketingConsent", true));
        order.put("fulfillment", fulfillment);
        order.put("lines", body);
        GatewayClient.Reply reply = gateway.post("/api/orders", world.storefront().apiKey(), order,
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(reply.status()).as(reply.brief()).isEqualTo(202);
        return reply.json();
    }

    private static JsonNode order(String id) {
        GatewayClient.Reply reply = gateway.get("/api/orders/" + id, world.storefront().apiKey());
        assertThat(reply.status()).as(reply.brief()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode awaitStatus(String id, String status) throws InterruptedException {
        return DemoWorld.await(() -> gateway.get("/api/orders/" + id, world.storefront().apiKey()),
            reply -> reply.text("status").equals(status), SETTLE, "order " + id + " to become " + status).json();
    }

    private static GatewayClient.Reply dealer(String path) {
        return gateway.post(path, world.dealer().apiKey(), Map.of());
    }

    private static JsonNode stock(String locationId, String sku) {
        return stock(locationId, sku, world.dealer().apiKey());
    }

    private static JsonNode stock(String locationId, String sku, String key) {
        GatewayClient.Reply reply = gateway.get("/api/stores/" + locationId + "/inventory/" + sku, key);
        assertThat(reply.status()).as(reply.brief()).isEqualTo(200);
        return reply.json();
    }

    private static void awaitStock(String locationId, String sku, Predicate<JsonNode> done, String what)
            throws InterruptedException {
        awaitStock(locationId, sku, done, what, world.dealer().apiKey());
    }

    private static void awaitStock(String locationId, String sku, Predicate<JsonNode> done, String what,
            String key) throws InterruptedException {
        DemoWorld.await(() -> gateway.get("/api/stores/" + locationId + "/inventory/" + sku, key),
            reply -> reply.status() == 200 && done.test(reply.json()), SETTLE, what);
    }
}
