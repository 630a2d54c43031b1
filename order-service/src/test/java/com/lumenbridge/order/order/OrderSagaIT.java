package com.lumenbridge.order.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.order.support.Broker;
import com.lumenbridge.order.support.IntegrationTest;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.store.InventoryRejected;
import com.lumenbridge.platform.events.store.InventoryReserved;
import com.lumenbridge.platform.events.store.ReservationExpired;
import com.lumenbridge.platform.events.store.ShortLine;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reservation saga against the real broker: the test plays store-service, publishing its
 * answers on {@code store.inventory.v1} the way it does, and reads what order-service emitted on
 * {@code order.order.v1}.
 */
class OrderSagaIT extends IntegrationTest {

    private static final Instant HOLD = Instant.now().plus(72, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aPickupOrderIsConfirmedMarkedReadyAndCompletedByTheDealerWhoseStoreHoldsIt() {
        World world = partneredWorld();
        Caller dealer = caller(tenant("dealer"), TenantKind.DEALER);
        String id = placePickup(world, "PICKUP");

        reserve(id, "store-7", dealer);
        awaitStatus(world.storefront(), id, "CONFIRMED");

        JsonNode asDealer = http.get("/api/orders/" + id, as(dealer)).json();
        assertThat(asDealer.get("fulfillment").get("locationId").asString()).isEqualTo("store-7");
        assertThat(asDealer.get("fulfillment").get("holdExpiresAt").asString()).isEqualTo(HOLD.toString());
        assertThat(http.get("/api/orders?status=CONFIRMED", as(dealer)).json().get("total").asLong()).isEqualTo(1);
        assertThat(post(world.storefront(), id, "ready").status()).isEqualTo(403);
        assertThat(post(dealer, id, "complete").status()).isEqualTo(409);
        assertThat(post(dealer, id, "ready").json().get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        HttpProbe.Response completed = post(dealer, id, "complete");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(post(world.storefront(), id, "cancel").status()).isEqualTo(409);

        assertThat(eventTypes(id, 4)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderReadyForPickup", "OrderCompleted");
        String confirmed = Broker.body(Broker.read(Topics.ORDER_ORDER,
            Broker.ofType("lumenbridge.order.OrderConfirmed.v1", id), 1).get(0));
        assertThat(confirmed).contains("\"locationId\":\"store-7\"", "\"manufacturerId\":\"" + world.manufacturer() + "\"");
    }

    @Test
    void aShortReservationEndsRejectedNamingTheShortLines() {
        World world = partneredWorld();
        String id = placePickup(world, "PICKUP");

        Broker.publish(new InventoryRejected(id, "store-7", "INSUFFICIENT_STOCK",
            List.of(new ShortLine(world.skus().get(0), 2, 1))), world.storefront().tenantId());

        JsonNode order = awaitStatus(world.storefront(), id, "REJECTED");
        assertThat(order.get("statusReason").asString()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(order.get("shortLines").toString())
            .isEqualTo("[{\"sku\":\"" + world.skus().get(0) + "\",\"requested\":2,\"available\":1}]");
        assertThat(eventTypes(id, 2)).containsExactly("OrderPlaced", "OrderRejected");
        assertThat(Broker.body(Broker.read(Topics.ORDER_ORDER, Broker.ofType("lumenbridge.order.OrderRejected.v1", id), 1).get(0)))
            .contains("\"reason\":\"INSUFFICIENT_STOCK\"", "{\"sku\":\"" + world.skus().get(0) + "\",\"requested\":2,\"available\":1}");
    }

    @Test
    void anUnknownStoreEndsRejectedWithTheStoresReason() {
        World world = partneredWorld();
        String id = placePickup(world, "PICKUP");

        Broker.publish(new InventoryRejected(id, null, "UNKNOWN_LOCATION", List.of()), world.storefront().tenantId());

        assertThat(awaitStatus(world.storefront(), id, "REJECTED").get("statusReason").asString()).isEqualTo("UNKNOWN_LOCATION");
    }

    @Test
    void aReserveAndTryOrderDeclinedInStoreIsClosedWithoutSale() {
        World world = partneredWorld();
        Caller dealer = caller(tenant("dealer"), TenantKind.DEALER);
        String id = placePickup(world, "RESERVE_AND_TRY");
        reserve(id, "store-8", dealer);
        awaitStatus(world.storefront(), id, "CONFIRMED");

        assertThat(post(dealer, id, "ready").status()).isEqualTo(200);
        assertThat(post(world.storefront(), id, "decline").status()).isEqualTo(403);
        assertThat(post(dealer, id, "decline").json().get("status").asString()).isEqualTo("CLOSED_NO_SALE");

        assertThat(eventTypes(id, 4)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderReadyForPickup", "OrderDeclined");
    }

    @Test
    void theStorefrontCancelsAConfirmedOrderOnceAndOnlyItself() {
        World world = partneredWorld();
        Caller dealer = caller(tenant("dealer"), TenantKind.DEALER);
        String id = placePickup(world, "PICKUP");
        reserve(id, "store-9", dealer);
        awaitStatus(world.storefront(), id, "CONFIRMED");

        assertThat(post(dealer, id, "cancel").status()).isEqualTo(403);
        HttpProbe.Response cancelled = post(world.storefront(), id, "cancel");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("statusReason").asString()).isEqualTo("CANCELLED_BY_STOREFRONT");
        HttpProbe.Response again = post(world.storefront(), id, "cancel");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("https://problems.lumenbridge.dev/order-status-conflict");

        assertThat(eventTypes(id, 3)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderCancelled");
    }

    @Test
    void aHoldThatExpiresInTheStoreExpiresTheOrder() {
        World world = partneredWorld();
        Caller dealer = caller(tenant("dealer"), TenantKind.DEALER);
        String id = placePickup(world, "PICKUP");
        reserve(id, "store-1", dealer);
        awaitStatus(world.storefront(), id, "CONFIRMED");

        Broker.publish(new ReservationExpired(id, "store-1", HOLD, List.of(new StockLine(world.skus().get(0), 2))),
            world.storefront().tenantId());

        assertThat(awaitStatus(world.storefront(), id, "EXPIRED").get("statusReason").asString()).isEqualTo("HOLD_EXPIRED");
        assertThat(post(dealer, id, "ready").status()).isEqualTo(409);
        assertThat(eventTypes(id, 3)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderExpired");
    }

    @Test
    void aPendingOrderWaitsForTheStoreAndCompletesWhenTheAnswerArrivesEvenTwice() throws Exception {
        World world = partneredWorld();
        Caller dealer = caller(tenant("dealer"), TenantKind.DEALER);
        String id = placePickup(world, "PICKUP");

        Thread.sleep(2_000);
        assertThat(http.get("/api/orders/" + id, as(world.storefront())).json().get("status").asString()).isEqualTo("PENDING");

        reserve(id, "store-2", dealer);
        reserve(id, "store-2", dealer);
        awaitStatus(world.storefront(), id, "CONFIRMED");
        Broker.publish(new InventoryRejected(id, "store-2", "INSUFFICIENT_STOCK", List.of()), world.storefront().tenantId());

        assertThat(Broker.read(Topics.ORDER_ORDER, Broker.ofType("lumenbridge.order.OrderConfirmed.v1", id), 1)).hasSize(1);
        assertThat(http.get("/api/orders/" + id, as(world.storefront())).json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aDeliveryIsCompletedByTheManufacturerWhoseWarehouseHoldsIt() {
        World world = partneredWorld();
        Caller manufacturer = caller(world.manufacturer(), TenantKind.MANUFACTURER);
        String id = place(world.storefront(), UUID.randomUUID().toString(), order("{\"type\":\"DELIVERY\",\"address\":"
            + "{\"line1\":\"1 Light St\",\"city\":\"Shanghai\",\"country\":\"CN\"}}", world.skus().get(0), "2"))
            .json().get("id").asString();
        reserve(id, "warehouse-1", manufacturer);
        awaitStatus(world.storefront(), id, "CONFIRMED");

        assertThat(post(manufacturer, id, "ready").status()).isEqualTo(409);
        assertThat(post(manufacturer, id, "decline").status()).isEqualTo(409);
        assertThat(post(manufacturer, id, "complete").json().get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void exportsOrdersByStatusTimeToConfirmedAndBreakerStates() {
        World world = partneredWorld();
        String id = placePickup(world, "PICKUP");
        reserve(id, "store-3", caller(tenant("dealer"), TenantKind.DEALER));
        awaitStatus(world.storefront(), id, "CONFIRMED");

        String metrics = http.get("/actuator/prometheus", java.util.Map.of()).body();

        assertThat(metrics).contains("lumenbridge_orders_status_total{status=\"PENDING\"}",
            "lumenbridge_orders_status_total{status=\"CONFIRMED\"}", "lumenbridge_orders_time_to_confirmed_seconds_count",
            "resilience4j_circuitbreaker_state{", "name=\"catalog-service\"");
    }

    private String placePickup(World world, String type) {
        HttpProbe.Response placed = place(world.storefront(), UUID.randomUUID().toString(),
            order("{\"type\":\"" + type + "\",\"storeId\":\"store-7\"}", world.skus().get(0), "2"));
        assertThat(placed.status()).isEqualTo(202);
        return placed.json().get("id").asString();
    }

    private void reserve(String orderId, String locationId, Caller owner) {
        Broker.publish(new InventoryReserved(orderId, locationId, owner.tenantId(), HOLD, List.of(new StockLine("X-1", 2))),
            owner.tenantId());
    }

    private HttpProbe.Response post(Caller caller, String id, String verb) {
        return http.send("POST", "/api/orders/" + id + "/" + verb, as(caller), null);
    }

    private JsonNode awaitStatus(Caller storefront, String id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
            status.equals(http.get("/api/orders/" + id, as(storefront)).json().get("status").asString()));
        return http.get("/api/orders/" + id, as(storefront)).json();
    }

    private static List<String> eventTypes(String orderId, int expected) {
        return Broker.read(Topics.ORDER_ORDER, r -> orderId.equals(r.key()), expected).stream()
            .map(r -> Broker.type(r).replace("lumenbridge.order.", "").replace(".v1", "")).toList();
    }
}
