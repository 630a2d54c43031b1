package com.lumenbridge.store.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.order.FulfillmentType;
import com.lumenbridge.platform.events.order.OrderCancelled;
import com.lumenbridge.platform.events.order.OrderCompleted;
import com.lumenbridge.platform.events.order.OrderLine;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.lumenbridge.store.StoreServiceApplication;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.domain.GeoPoint;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.reservation.application.ReservationService;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.reservation.domain.Reservation;
import com.lumenbridge.store.reservation.domain.ReservationState;
import com.lumenbridge.store.reservation.persistence.MongoReservations;
import com.lumenbridge.store.support.Broker;
import com.lumenbridge.store.support.MutableClock;
import com.lumenbridge.store.support.World;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "lumenbridge.store.reservations.recovery-interval=1h", "lumenbridge.store.reservations.expiry-interval=1h"})
@WithEmbeddedInfrastructure
class ReservationsIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    ReservationService reservations;
    @Autowired
    MongoReservations reservationDocs;
    @Autowired
    StockLedger stock;
    @Autowired
    MongoLocations locations;
    @Autowired
    Partnerships partnerships;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterRegistry meters;

    private World world;
    private String dealer;
    private String manufacturer;
    private String storefront;
    private Location store;

    @BeforeEach
    void aStoreOfAPartneredDealer() {
        world = new World(locations, partnerships);
        dealer = World.tenant("dealer");
        manufacturer = World.tenant("maker");
        storefront = World.tenant("shop");
        store = world.store(dealer, manufacturer, new GeoPoint(31.23, 121.47));
    }

    @Test
    void twoHundredConcurrentAttemptsOnFiftyUnitsReserveExactlyFiftyAndAnswerEveryOne() throws Exception {
        stock.set(dealer, store.id(), "A60-9W", 50, null);

        List<Boolean> outcomes = race(200, orderId -> {
            reservations.reserve(order(orderId, Fulfillment.PICKUP, store.id(), new Line("A60-9W", 1)));
            ReservationState state = reservationDocs.find(orderId).orElseThrow().state();
            assertThat(state).isIn(ReservationState.RESERVED, ReservationState.REJECTED);
            return state == ReservationState.RESERVED;
        });

        assertThat(outcomes).hasSize(200);
        assertThat(outcomes.stream().filter(b -> b)).hasSize(50);
        Document level = inventoryDoc(store.id(), "A60-9W");
        assertThat(level.getInteger("onHand")).isEqualTo(50);
        assertThat(level.getInteger("reserved")).isEqualTo(50);
        assertThat(level.getInteger("available")).isZero();
        assertThat(level.get("holds", Document.class)).hasSize(50);
    }

    @Test
    void theSameHarnessCatchesANaiveReadThenWriteReservationOverselling() throws Exception {
        stock.set(dealer, store.id(), "T8-TUBE", 50, null);
        NaiveReservation naive = new NaiveReservation(database);

        List<Boolean> outcomes = race(200, orderId -> naive.reserve(store.id(), "T8-TUBE", orderId, 1));

        assertThat(outcomes).hasSize(200);
        Document level = inventoryDoc(store.id(), "T8-TUBE");
        assertThat(level.getInteger("reserved")).isGreaterThan(50);
        assertThat(level.getInteger("available")).isNegative();
    }

    @Test
    void theSameOrderPlacedDeliveredTwiceOverTheBrokerReservesOnce() {
        stock.set(dealer, store.id(), "GU10-5W", 10, null);
        String orderId = "o-" + UUID.randomUUID();
        OrderPlaced placed = placed(orderId, FulfillmentType.PICKUP, store.id(), new OrderLine("GU10-5W", 3));
        double handledBefore = handled("lumenbridge.order.OrderPlaced.v1");

        Broker.publish(placed, storefront);
        Broker.publish(placed, storefront);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled("lumenbridge.order.OrderPlaced.v1") >= handledBefore + 2);
        assertThat(reservationDocs.find(orderId).orElseThrow().state()).isEqualTo(ReservationState.RESERVED);
        Document level = inventoryDoc(store.id(), "GU10-5W");
        assertThat(level.getInteger("reserved")).isEqualTo(3);
        assertThat(level.getInteger("available")).isEqualTo(7);
        var reserved = Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.InventoryReserved.v1", orderId), 1);
        assertThat(reserved).hasSize(1);
        assertThat(Broker.body(reserved.get(0))).contains("\"locationId\":\"" + store.id() + "\"")
            .contains("{\"sku\":\"GU10-5W\",\"quantity\":3}");
    }

    @Test
    void aMultiLineReservationInterruptedAfterItsFirstLineIsFinishedOrRolledBackByRecoveryOnRestart() {
        stock.set(dealer, store.id(), "L1", 10, null);
        stock.set(dealer, store.id(), "L2", 10, null);
        stock.set(dealer, store.id(), "L3", 10, null);
        stock.set(dealer, store.id(), "S1", 10, null);
        stock.set(dealer, store.id(), "S2", 3, null);
        stock.set(dealer, store.id(), "S3", 10, null);
        String finishes = "o-" + UUID.randomUUID();
        String rollsBack = "o-" + UUID.randomUUID();
        crashAfterFirstLine(finishes, new Line("L1", 2), new Line("L2", 2), new Line("L3", 2));
        crashAfterFirstLine(rollsBack, new Line("S1", 2), new Line("S2", 5), new Line("S3", 1));
        assertThat(inventoryDoc(store.id(), "L1").getInteger("reserved")).isEqualTo(2);
        assertThat(inventoryDoc(store.id(), "S1").getInteger("reserved")).isEqualTo(2);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(StoreServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("lumenbridge.store.reservations.stale-after=0s",
                    "lumenbridge.store.reservations.recovery-interval=1h")
                .run()) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                reservationDocs.find(finishes).orElseThrow().state() == ReservationState.RESERVED
                    && reservationDocs.find(rollsBack).orElseThrow().state() == ReservationState.REJECTED
                    && !stock.holds(store.id(), "S1", rollsBack));
        }

        for (String sku : List.of("L1", "L2", "L3")) {
            Document level = inventoryDoc(store.id(), sku);
            assertThat(level.getInteger("reserved")).as(sku).isEqualTo(2);
            assertThat(level.getInteger("available")).as(sku).isEqualTo(8);
        }
        for (String sku : List.of("S1", "S2", "S3")) {
            Document level = inventoryDoc(store.id(), sku);
            assertThat(level.getInteger("reserved")).as(sku).isZero();
            assertThat(level.getInteger("available")).as(sku).isEqualTo(level.getInteger("onHand"));
            assertThat(level.get("holds", Document.class)).as(sku).doesNotContainKey(rollsBack);
        }
        var rejected = Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.InventoryRejected.v1", rollsBack), 1);
        assertThat(Broker.body(rejected.get(0))).contains("\"reason\":\"INSUFFICIENT_STOCK\"")
            .contains("{\"sku\":\"S2\",\"requested\":5,\"available\":3}");
        assertThat(Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.InventoryReserved.v1", finishes), 1))
            .hasSize(1);
    }

    @Test
    void aHoldExpiresOnlyOnceItsPickupWindowHasPassedAndGivesTheStockBack() {
        stock.set(dealer, store.id(), "PANEL-40W", 5, null);
        String orderId = "o-" + UUID.randomUUID();
        reservations.reserve(order(orderId, Fulfillment.PICKUP, store.id(), new Line("PANEL-40W", 4)));
        Instant expiresAt = reservationDocs.find(orderId).orElseThrow().holdExpiresAt();
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(71), Duration.ofHours(72));

        try {
            clock.advance(Duration.ofHours(71));
            reservations.expireDue();
            assertThat(reservationDocs.find(orderId).orElseThrow().state()).isEqualTo(ReservationState.RESERVED);

            clock.advance(Duration.ofHours(1).plusSeconds(1));
            reservations.expireDue();
        } finally {
            clock.reset();
        }

        assertThat(reservationDocs.find(orderId).orElseThrow().state()).isEqualTo(ReservationState.EXPIRED);
        Document level = inventoryDoc(store.id(), "PANEL-40W");
        assertThat(level.getInteger("reserved")).isZero();
        assertThat(level.getInteger("available")).isEqualTo(5);
        assertThat(Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.ReservationExpired.v1", orderId), 1))
            .hasSize(1);
    }

    @Test
    void aCancelledOrderReleasesItsHoldAndACompletedOneTakesTheStockAway() {
        stock.set(dealer, store.id(), "STRIP-5M", 10, null);
        String cancelled = "o-" + UUID.randomUUID();
        String completed = "o-" + UUID.randomUUID();
        reservations.reserve(order(cancelled, Fulfillment.RESERVE_AND_TRY, store.id(), new Line("STRIP-5M", 3)));
        reservations.reserve(order(completed, Fulfillment.PICKUP, store.id(), new Line("STRIP-5M", 4)));
        assertThat(inventoryDoc(store.id(), "STRIP-5M").getInteger("available")).isEqualTo(3);

        Broker.publish(new OrderCancelled(cancelled, storefront, manufacturer, Instant.now()), storefront);
        Broker.publish(new OrderCompleted(completed, storefront, manufacturer, Instant.now()), storefront);

        await().atMost(Duration.ofSeconds(30)).until(() ->
            reservationDocs.find(cancelled).orElseThrow().state() == ReservationState.RELEASED
                && reservationDocs.find(completed).orElseThrow().state() == ReservationState.COMMITTED
                && inventoryDoc(store.id(), "STRIP-5M").getInteger("reserved") == 0);
        Document level = inventoryDoc(store.id(), "STRIP-5M");
        assertThat(level.getInteger("onHand")).isEqualTo(6);
        assertThat(level.getInteger("available")).isEqualTo(6);
        assertThat(Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.ReservationReleased.v1", cancelled), 1))
            .hasSize(1);
        assertThat(Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.ReservationCommitted.v1", completed), 1))
            .hasSize(1);
    }

    @Test
    void anUnknownStoreIsRejectedWithItsReasonAndADeliveryGoesToTheFirstWarehouseHoldingEveryLine() {
        String unknown = "o-" + UUID.randomUUID();
        reservations.reserve(order(unknown, Fulfillment.PICKUP, "no-such-store", new Line("X", 1)));
        assertThat(reservationDocs.find(unknown).orElseThrow().reason()).isEqualTo("UNKNOWN_LOCATION");

        Location partial = world.warehouse(manufacturer, "wh-a-" + UUID.randomUUID());
        Location complete = world.warehouse(manufacturer, "wh-b-" + UUID.randomUUID());
        stock.set(manufacturer, partial.id(), "HB-100W", 10, null);
        stock.set(manufacturer, complete.id(), "HB-100W", 10, null);
        stock.set(manufacturer, complete.id(), "DRIVER-1", 10, null);
        String delivery = "o-" + UUID.randomUUID();
        reservations.reserve(new ReservationService.NewOrder(delivery, storefront, manufacturer, Fulfillment.DELIVERY, null,
            List.of(new Line("HB-100W", 2), new Line("DRIVER-1", 1))));

        Reservation reserved = reservationDocs.find(delivery).orElseThrow();
        assertThat(reserved.state()).isEqualTo(ReservationState.RESERVED);
        assertThat(reserved.locationId()).isEqualTo(complete.id());
        var rejected = Broker.read(Topics.STORE_INVENTORY, Broker.ofType("lumenbridge.store.InventoryRejected.v1", unknown), 1);
        assertThat(Broker.body(rejected.get(0))).contains("\"reason\":\"UNKNOWN_LOCATION\"");
    }

    /** The location and the partnership are remembered for a moment between reservations; a change here is seen at once. */
    @Test
    void aSuspendedPartnershipOrAClosedStoreRefusesTheVeryNextReservation() {
        stock.set(dealer, store.id(), "HB-100W", 10, null);
        String first = "o-" + UUID.randomUUID();
        reservations.reserve(order(first, Fulfillment.PICKUP, store.id(), new Line("HB-100W", 1)));
        assertThat(reservationDocs.find(first).orElseThrow().state()).isEqualTo(ReservationState.RESERVED);

        partnerships.apply(manufacturer, dealer, 2, "SUSPENDED");
        String suspended = "o-" + UUID.randomUUID();
        reservations.reserve(order(suspended, Fulfillment.PICKUP, store.id(), new Line("HB-100W", 1)));
        assertThat(reservationDocs.find(suspended).orElseThrow().reason()).isEqualTo("LOCATION_NOT_ELIGIBLE");

        partnerships.apply(manufacturer, dealer, 3, Partnerships.ACTIVE);
        String again = "o-" + UUID.randomUUID();
        reservations.reserve(order(again, Fulfillment.PICKUP, store.id(), new Line("HB-100W", 1)));
        assertThat(reservationDocs.find(again).orElseThrow().state()).isEqualTo(ReservationState.RESERVED);

        assertThat(locations.close(dealer, store.id(), Instant.now())).isTrue();
        String closed = "o-" + UUID.randomUUID();
        reservations.reserve(order(closed, Fulfillment.PICKUP, store.id(), new Line("HB-100W", 1)));
        assertThat(reservationDocs.find(closed).orElseThrow().reason()).isEqualTo("UNKNOWN_LOCATION");
    }

    private void crashAfterFirstLine(String orderId, Line... lines) {
        Reservation pending = Reservation.pending(orderId, storefront, manufacturer, Fulfillment.PICKUP, store.id(), dealer,
            List.of(lines));
        assertThat(reservationDocs.begin(pending, "driver-that-died")).isTrue();
        assertThat(stock.hold(dealer, store.id(), lines[0].sku(), orderId, lines[0].quantity(), "RESERVED"))
            .isInstanceOf(StockLedger.Hold.Taken.class);
    }

    private ReservationService.NewOrder order(String orderId, Fulfillment fulfillment, String storeId, Line... lines) {
        return new ReservationService.NewOrder(orderId, storefront, manufacturer, fulfillment, storeId, List.of(lines));
    }

    private OrderPlaced placed(String orderId, FulfillmentType type, String storeId, OrderLine... lines) {
        return new OrderPlaced(orderId, storefront, manufacturer, type, storeId, List.of(lines), null, null, Instant.now());
    }

    private double handled(String type) {
        return meters.find("lumenbridge.events.consumed").tag("type", type).tag("outcome", "handled").counters().stream()
            .mapToDouble(c -> c.count()).sum();
    }

    private Document inventoryDoc(String locationId, String sku) {
        return database.getCollection(StockLedger.COLLECTION).find(Filters.eq("_id", StockLedger.id(locationId, sku))).first();
    }

    /** Runs {@code attempts} reservation attempts at once from many threads; returns every answer. */
    private static List<Boolean> race(int attempts, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String orderId = "race-" + UUID.randomUUID();
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.run(orderId);
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Attempt {
        boolean run(String orderId) throws Exception;
    }
}
