package com.lumenbridge.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.order.support.Broker;
import com.lumenbridge.order.support.IntegrationTest;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.catalog.PartnershipChanged;
import com.lumenbridge.platform.events.crm.CustomerErased;
import com.lumenbridge.platform.events.crm.IdentityKeys;
import com.lumenbridge.platform.events.store.InventoryReserved;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrdersIT extends IntegrationTest {

    @Test
    void placesAPickupOrderAsPendingAtTheStorefrontsPricesAndPublishesOrderPlaced() {
        World world = partneredWorld();

        HttpProbe.Response placed = place(world.storefront(), key(),
            pickup("store-1", world.skus().get(0), "2", world.skus().get(1), "3"));

        assertThat(placed.status()).isEqualTo(202);
        JsonNode order = placed.json();
        String id = order.get("id").asString();
        assertThat(placed.header("Location")).isEqualTo("/api/orders/" + id);
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("manufacturerId").asString()).isEqualTo(world.manufacturer());
        assertThat(order.get("lines").toString()).isEqualTo("[{\"sku\":\"" + world.skus().get(0)
            + "\",\"quantity\":2,\"unitPrice\":{\"amountMinor\":399,\"currency\":\"EUR\"}},{\"sku\":\"" + world.skus().get(1)
            + "\",\"quantity\":3,\"unitPrice\":{\"amountMinor\":800,\"currency\":\"EUR\"}}]");
        assertThat(order.get("total").get("amountMinor").asLong()).isEqualTo(2 * 399 + 3 * 800);
        assertThat(order.get("fulfillment").get("storeId").asString()).isEqualTo("store-1");

        var events = Broker.read(Topics.ORDER_ORDER, Broker.ofType("lumenbridge.order.OrderPlaced.v1", id), 1);
        assertThat(events).hasSize(1);
        assertThat(Broker.body(events.get(0))).contains("\"storeId\":\"store-1\"", "\"fulfillment\":\"PICKUP\"",
            "\"storefrontId\":\"" + world.storefront().tenantId() + "\"", "\"total\":{\"amountMinor\":3198,\"currency\":\"EUR\"}",
            "\"email\":\"Li@Example.com\"");
        assertThat(http.get("/api/orders/" + id, as(world.storefront())).json().get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void theSameKeyAndBodyAnswersWithTheFirstOrderAndADifferentBodyIs422() {
        World world = partneredWorld();
        String key = key();
        String body = pickup("store-1", world.skus().get(0), "1");

        HttpProbe.Response first = place(world.storefront(), key, body);
        HttpProbe.Response again = place(world.storefront(), key, body.replace("{\"customer\"", "{ \"customer\""));
        HttpProbe.Response other = place(world.storefront(), key, pickup("store-1", world.skus().get(0), "2"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/validation");
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(ordersOf(world.storefront())).isEqualTo(1);
    }

    @Test
    void aReplayAnswersTheFirstAnswerEvenAfterTheOrderMovedOn() {
        World world = partneredWorld();
        String key = key();
        String body = pickup("store-1", world.skus().get(0), "2");
        HttpProbe.Response first = place(world.storefront(), key, body);
        String id = first.json().get("id").asString();
        Caller dealer = caller(tenant("dealer"), TenantKind.DEALER);
        Broker.publish(new InventoryReserved(id, "store-1", dealer.tenantId(), Instant.now().plus(Duration.ofHours(72)),
            List.of(new StockLine(world.skus().get(0), 2))), dealer.tenantId());
        await().atMost(Duration.ofSeconds(30))
            .until(() -> "CONFIRMED".equals(http.get("/api/orders/" + id, as(world.storefront())).json().get("status").asString()));

        HttpProbe.Response replay = place(world.storefront(), key, body);

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location")).isEqualTo("/api/orders/" + id);
        assertThat(replay.contentType()).startsWith("application/json");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(replay.json().get("fulfillment").get("locationId").isNull()).isTrue();
        assertThat(ordersOf(world.storefront())).isEqualTo(1);
    }

    @Test
    void aReplayAnswersTheFirstAnswerEvenWhenTheOrderCouldNotBeBuiltAnyMore() {
        World world = partneredWorld();
        String key = key();
        String body = pickup("store-1", world.skus().get(0), "1");
        HttpProbe.Response first = place(world.storefront(), key, body);
        Broker.publish(new PartnershipChanged(world.manufacturer(), world.storefront().tenantId(), 2, "shops-eu", "SUSPENDED"),
            world.manufacturer());
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(
            projection.partnership(world.manufacturer(), world.storefront().tenantId()).orElseThrow().status()));

        HttpProbe.Response replay = place(world.storefront(), key, body);
        HttpProbe.Response fresh = place(world.storefront(), key(), body);

        assertThat(first.status()).isEqualTo(202);
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(fresh.status()).as("a new key is built, and refused, now the partnership is suspended").isIn(422, 503);
        assertThat(ordersOf(world.storefront())).isEqualTo(1);
    }

    @Test
    void afterAnErasureAReplayAnswersTheMaskedOrderNotTheKeptAnswer() {
        World world = partneredWorld();
        String key = key();
        String body = pickup("store-1", world.skus().get(0), "1");
        String id = place(world.storefront(), key, body).json().get("id").asString();

        Broker.publish(new CustomerErased("cust-2", world.manufacturer(), List.of(IdentityKeys.emailKey("li@example.com").orElseThrow()),
            Instant.now()), world.manufacturer());
        await().atMost(Duration.ofSeconds(30)).until(() -> "erased".equals(customerOf(world.storefront(), id).get("email").asString()));

        HttpProbe.Response replay = place(world.storefront(), key, body);
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().get("id").asString()).isEqualTo(id);
        assertThat(replay.json().get("customer").get("email").asString()).isEqualTo("erased");
        assertThat(replay.body()).doesNotContain("Li@Example.com", "Li Wei");
    }

    @Test
    void anInStoreOrderWaitsAsPendingWhenStoreServiceCannotBeReached() {
        World world = partneredWorld();

        long started = System.nanoTime();
        HttpProbe.Response placed = place(world.storefront(), key(), pickup("store-unreachable", world.skus().get(0), "1"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(placed.status()).isEqualTo(202);
        assertThat(placed.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        String id = placed.json().get("id").asString();
        assertThat(Broker.read(Topics.ORDER_ORDER, Broker.ofType("lumenbridge.order.OrderPlaced.v1", id), 1)).hasSize(1);
        assertThat(http.get("/actuator/prometheus", Map.of()).body())
            .contains("lumenbridge_orders_store_checks_total{cached=\"false\",outcome=\"unavailable\"}");
    }

    @Test
    void keysArePerStorefront() {
        World world = partneredWorld();
        Caller other = caller(tenant("shop"), TenantKind.STOREFRONT);
        Broker.publish(new PartnershipChanged(world.manufacturer(), other.tenantId(), 1, "shops-eu", "ACTIVE"), world.manufacturer());
        await().atMost(Duration.ofSeconds(30))
            .until(() -> projection.partnership(world.manufacturer(), other.tenantId()).isPresent());
        String key = key();
        String body = pickup("store-1", world.skus().get(0), "1");

        String mine = place(world.storefront(), key, body).json().get("id").asString();
        String theirs = place(other, key, body).json().get("id").asString();

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(ordersOf(other)).isEqualTo(1);
    }

    @Test
    void concurrentIdenticalRequestsCreateOneOrderAndPublishOneOrderPlaced() throws Exception {
        World world = partneredWorld();
        String key = key();
        String body = pickup("store-1", world.skus().get(2), "4");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpProbe.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return place(world.storefront(), key, body);
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Future<HttpProbe.Response> answer : answers) {
            HttpProbe.Response response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(202);
            ids.add(response.json().get("id").asString());
            bodies.add(response.body());
        }
        pool.shutdown();

        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(bodies).as("every racer answers the first answer, byte for byte").containsOnly(bodies.get(0));
        assertThat(ordersOf(world.storefront())).isEqualTo(1);
        assertThat(Broker.read(Topics.ORDER_ORDER, Broker.ofType("lumenbridge.order.OrderPlaced.v1", ids.get(0)), 1)).hasSize(1);
    }

    @Test
    void aMissingIdempotencyKeyIs400() {
        World world = partneredWorld();

        HttpProbe.Response response = http.send("POST", "/api/orders", as(world.storefront()),
            pickup("store-1", world.skus().get(0), "1"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/bad-request");
        assertThat(response.json().get("detail").asString()).contains("Idempotency-Key");
    }

    @Test
    void everyBadInputIsRefusedNamingItsFieldsAndNothingIsStoredOrPublished() {
        World world = partneredWorld();
        String sku = world.skus().get(0);
        String good = pickup("store-1", sku, "1");
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("{}", List.of("customer", "fulfillment", "lines"));
        cases.put("[]", List.of("body"));
        cases.put(good.replace("Li@Example.com", "not-an-email"), List.of("customer.email"));
        cases.put(good.replace("+86 138 0000 0000", "12345"), List.of("customer.phone"));
        cases.put(good.replace("\"name\":\"Li Wei\",", ""), List.of("customer.name"));
        cases.put(good.replace("\"marketingConsent\":true", "\"marketingConsent\":\"yes\""), List.of("customer.marketingConsent"));
        cases.put(good.replace("PICKUP", "TELEPORT"), List.of("fulfillment.type"));
        cases.put(good.replace(",\"storeId\":\"store-1\"", ""), List.of("fulfillment.storeId"));
        cases.put(order("{\"type\":\"DELIVERY\"}", sku, "1"), List.of("fulfillment.address"));
        cases.put(order("{\"type\":\"DELIVERY\",\"address\":{\"line1\":\"1 Light St\",\"city\":\"Berlin\",\"country\":\"Germany\"}}",
            sku, "1"), List.of("fulfillment.address.country"));
        cases.put(pickup("store-1"), List.of("lines"));
        cases.put(pickup("store-1", sku, "0"), List.of("lines[0].quantity"));
        cases.put(pickup("store-1", sku, "1000"), List.of("lines[0].quantity"));
        cases.put(pickup("store-1", sku, "1.5"), List.of("lines[0].quantity"));
        cases.put(pickup("store-1", sku, "\"2\""), List.of("lines[0].quantity"));
        cases.put(pickup("store-1", "bad sku!", "1"), List.of("lines[0].sku"));
        cases.put(pickup("store-1", sku, "1", sku, "2"), List.of("lines[1].sku"));
        cases.put(pickup("store-1", "x", "0", sku, "-1"), List.of("lines[0].quantity", "lines[0].sku", "lines[1].quantity"));

        cases.forEach((body, fields) -> {
            HttpProbe.Response response = place(world.storefront(), key(), body);
            assertThat(response.status()).as(body).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/validation");
            List<String> named = new ArrayList<>();
            response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
            assertThat(named).as(body).containsExactlyInAnyOrderElementsOf(fields);
        });
        HttpProbe.Response malformed = place(world.storefront(), key(), "{\"customer\":");
        assertThat(malformed.status()).isEqualTo(400);

        assertThat(ordersOf(world.storefront())).isZero();
        assertThat(database.getCollection("idempotency_keys").countDocuments(Filters.eq("tenantId",
            world.storefront().tenantId()))).isZero();
        assertThat(Broker.all(Topics.ORDER_ORDER, Broker.ofTenant(world.storefront().tenantId()))).isEmpty();
    }

    @Test
    void linesOfTwoManufacturersAre422NamingTheLine() {
        World world = partneredWorld();
        World other = partneredWorld();
        Broker.publish(new PartnershipChanged(other.manufacturer(), world.storefront().tenantId(), 1, "shops-eu", "ACTIVE"),
            other.manufacturer());
        await().atMost(Duration.ofSeconds(30))
            .until(() -> projection.partnership(other.manufacturer(), world.storefront().tenantId()).isPresent());

        HttpProbe.Response mixed = place(world.storefront(), key(), pickup("store-1", world.skus().get(0), "1",
            other.skus().get(0), "1"));

        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[1].sku");
        assertThat(mixed.json().get("errors").get(0).get("message").asString()).contains("one manufacturer");
        assertThat(ordersOf(world.storefront())).isZero();
    }

    @Test
    void anUnknownSkuWithCatalogServiceUnreachableIsAFastRetryable503() {
        World world = partneredWorld();
        String key = key();
        String body = pickup("store-1", world.skus().get(0), "1", "NOT-IN-PROJECTION-1", "1");

        long started = System.nanoTime();
        HttpProbe.Response response = place(world.storefront(), key, body);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/service-unavailable");
        assertThat(response.json().get("detail").asString()).contains("NOT-IN-PROJECTION-1").contains("retry");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(ordersOf(world.storefront())).isZero();
        // nothing was remembered, so the same key is free for the retry
        assertThat(place(world.storefront(), key, pickup("store-1", world.skus().get(0), "1")).status()).isEqualTo(202);
    }

    @Test
    void aForeignOrUnknownIdIs404OnEveryEndpointAndListsAreScoped() {
        World world = partneredWorld();
        String id = place(world.storefront(), key(), pickup("store-1", world.skus().get(0), "1")).json().get("id").asString();
        List<Caller> strangers = List.of(caller(tenant("shop"), TenantKind.STOREFRONT), caller(tenant("dealer"), TenantKind.DEALER),
            caller(tenant("maker"), TenantKind.MANUFACTURER), caller(tenant("ops"), TenantKind.OPERATOR));

        for (Caller stranger : strangers) {
            for (String target : List.of(id, "no-such-order")) {
                assertThat(http.get("/api/orders/" + target, as(stranger)).status()).as(stranger.kind() + " GET").isEqualTo(404);
                for (String verb : List.of("cancel", "ready", "complete", "decline")) {
                    HttpProbe.Response response = http.send("POST", "/api/orders/" + target + "/" + verb, as(stranger), null);
                    assertThat(response.status()).as(stranger.kind() + " " + verb).isEqualTo(404);
                    assertThat(response.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/not-found");
                }
            }
            assertThat(http.get("/api/orders", as(stranger)).json().get("total").asLong()).isZero();
        }
        JsonNode manufacturerView = http.get("/api/orders?status=PENDING", as(caller(world.manufacturer(), TenantKind.MANUFACTURER)))
            .json();
        assertThat(manufacturerView.get("total").asLong()).isEqualTo(1);
        assertThat(manufacturerView.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(http.get("/api/orders?status=CONFIRMED", as(world.storefront())).json().get("total").asLong()).isZero();
        assertThat(http.get("/api/orders?status=BOGUS", as(world.storefront())).status()).isEqualTo(422);
    }

    @Test
    void onlyAStorefrontWithOrdersWriteMayPlaceAndReadingNeedsOrdersRead() {
        World world = partneredWorld();
        String body = pickup("store-1", world.skus().get(0), "1");
        Caller readOnly = new Caller(world.storefront().tenantId(), TenantKind.STOREFRONT, Set.of(Scope.ORDERS_READ));
        Caller writeOnly = new Caller(world.storefront().tenantId(), TenantKind.STOREFRONT, Set.of(Scope.ORDERS_WRITE));

        assertThat(place(caller(world.manufacturer(), TenantKind.MANUFACTURER), key(), body).status()).isEqualTo(403);
        assertThat(place(readOnly, key(), body).status()).isEqualTo(403);
        String id = place(writeOnly, key(), body).json().get("id").asString();
        assertThat(http.get("/api/orders/" + id, as(writeOnly)).status()).isEqualTo(403);
        assertThat(http.get("/api/orders/" + id, as(readOnly)).status()).isEqualTo(200);
    }

    @Test
    void customerErasedMasksThatCustomerOnThatManufacturersOrdersOnly() {
        World world = partneredWorld();
        World otherMaker = partneredWorld();
        String erased1 = place(world.storefront(), key(), pickup("store-1", world.skus().get(0), "1")).json().get("id").asString();
        String erased2 = place(world.storefront(), key(), order("{\"type\":\"DELIVERY\",\"address\":{\"line1\":\"1 Light St\","
            + "\"city\":\"Shanghai\",\"country\":\"CN\"}}", world.skus().get(1), "1")
            .replace("Li@Example.com", "someone@else.com")).json().get("id").asString();
        String keptOther = place(world.storefront(), key(), pickup("store-1", world.skus().get(2), "1")
            .replace("Li@Example.com", "other@example.com").replace("+86 138 0000 0000", "+4930123456"))
            .json().get("id").asString();
        String keptOtherMaker = place(otherMaker.storefront(), key(), pickup("store-1", otherMaker.skus().get(0), "1"))
            .json().get("id").asString();

        // the CRM knew the person by the first order's email and (through another order) their phone
        Broker.publish(new CustomerErased("cust-1", world.manufacturer(), List.of(IdentityKeys.emailKey("li@example.com").orElseThrow(),
            IdentityKeys.phoneKey("+8613800000000").orElseThrow()), Instant.now()), world.manufacturer());

        await().atMost(Duration.ofSeconds(30)).until(() ->
            "erased".equals(customerOf(world.storefront(), erased1).get("email").asString())
                && "erased".equals(customerOf(world.storefront(), erased2).get("email").asString()));
        JsonNode masked = customerOf(world.storefront(), erased1);
        assertThat(masked.get("name").asString()).isEqualTo("erased");
        assertThat(masked.get("phone").isNull()).isTrue();
        assertThat(masked.get("marketingConsent").asBoolean()).isFalse();
        assertThat(customerOf(world.storefront(), keptOther).get("email").asString()).isEqualTo("other@example.com");
        assertThat(customerOf(otherMaker.storefront(), keptOtherMaker).get("email").asString()).isEqualTo("Li@Example.com");
        assertThat(database.getCollection("orders").find(Filters.eq("_id", erased1)).first().getList("identityKeys", String.class))
            .isEmpty();
    }

    private JsonNode customerOf(Caller storefront, String id) {
        return http.get("/api/orders/" + id, as(storefront)).json().get("customer");
    }

    private long ordersOf(Caller storefront) {
        return database.getCollection("orders").countDocuments(Filters.eq("tenantId", storefront.tenantId()));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
