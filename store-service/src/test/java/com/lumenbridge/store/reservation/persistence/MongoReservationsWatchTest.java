package com.lumenbridge.store.reservation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.testing.InMemoryMongo;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.reservation.domain.Reservation;
import com.lumenbridge.store.reservation.domain.ReservationState;
import com.lumenbridge.store.support.MutableClock;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recovery finds reservations left PENDING or unsettled through notes kept by {@code _id}, not by
 * reading every reservation ever made; settled notes are forgotten once they are older than the
 * staleness recovery waits for, and the first recovery after start still finds reservations noted nowhere.
 */
class MongoReservationsWatchTest {

    private static final Duration STALE = Duration.ofSeconds(15);

    private final MutableClock clock = new MutableClock();
    private InMemoryMongo mongo;
    private MongoDatabase database;
    private MongoReservations reservations;

    @BeforeEach
    void start() {
        mongo = InMemoryMongo.start();
        database = mongo.database("reservations-watch-test");
        reservations = open();
    }

    private MongoReservations open() {
        return new MongoReservations(database, InMemoryMongo.outboxWithoutRelay(database, clock, MongoReservations.COLLECTION),
            clock);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aStalledPendingReservationIsClaimedThroughItsNoteAndASettledOneIsForgotten() {
        reservations.begin(pending("o-stalled"), "driver-1");
        reservations.begin(pending("o-done"), "driver-1");
        reservations.transition(ReservationState.PENDING, "driver-1", reserved("o-done"), true, List.of());
        assertThat(reservations.watchedCount()).isEqualTo(2);

        clock.advance(STALE.plusSeconds(1));
        Instant staleBefore = clock.instant().minus(STALE);
        assertThat(reservations.claimStalePending(staleBefore, "driver-2")).get()
            .extracting(Reservation::orderId).isEqualTo("o-stalled");
        assertThat(reservations.claimStalePending(staleBefore, "driver-2")).as("its lease was just renewed").isEmpty();
        assertThat(reservations.unsettled(staleBefore, 10)).isEmpty();
        assertThat(reservations.watchedCount()).as("o-done is settled and out of PENDING: forgotten").isEqualTo(1);
    }

    @Test
    void anUnsettledFinalStateIsNotedUntilItIsSettledAndForgottenOnlyOnceTheNoteIsStale() {
        reservations.begin(pending("o-1"), "driver-1");
        reservations.transition(ReservationState.PENDING, "driver-1", reserved("o-1"), true, List.of());
        clock.advance(Duration.ofMinutes(1));
        reservations.unsettled(clock.instant().minus(STALE), 10);
        assertThat(reservations.watchedCount()).isZero();

        reservations.transition(ReservationState.RESERVED, null, state("o-1", ReservationState.COMMITTED), false, List.of());
        assertThat(reservations.watchedCount()).isEqualTo(1);
        assertThat(reservations.unsettled(clock.instant().minus(STALE), 10)).as("not stale yet").isEmpty();
        assertThat(reservations.watchedCount()).as("a fresh note is kept").isEqualTo(1);
        clock.advance(STALE.plusSeconds(1));
        assertThat(reservations.unsettled(clock.instant().minus(STALE), 10)).extracting(Reservation::orderId)
            .containsExactly("o-1");

        reservations.markSettled("o-1");
        assertThat(reservations.unsettled(clock.instant().minus(STALE), 10)).isEmpty();
        assertThat(reservations.watchedCount()).isZero();
    }

    @Test
    void theFirstRecoveryAfterStartFindsReservationsNotedNowhere() {
        Date longAgo = Date.from(clock.instant().minus(Duration.ofHours(1)));
        database.getCollection(MongoReservations.COLLECTION).insertMany(List.of(
            MongoReservations.toDocument(pending("o-old-pending")).append("driver", "gone").append("settled", true)
                .append("drivenAt", longAgo),
            MongoReservations.toDocument(state("o-old-unsettled", ReservationState.RELEASED)).append("settled", false)
                .append("drivenAt", longAgo),
            MongoReservations.toDocument(state("o-old-settled", ReservationState.COMMITTED)).append("settled", true)
                .append("drivenAt", longAgo)));
        MongoReservations restarted = open();
        Instant staleBefore = clock.instant().minus(STALE);

        assertThat(restarted.claimStalePending(staleBefore, "driver-2")).get()
            .extracting(Reservation::orderId).isEqualTo("o-old-pending");
        assertThat(restarted.unsettled(staleBefore, 10)).extracting(Reservation::orderId).containsExactly("o-old-unsettled");
        assertThat(database.getCollection(MongoReservations.WATCH).find().map(d -> d.getString("_id")).into(new ArrayList<>()))
            .containsExactlyInAnyOrder("o-old-pending", "o-old-unsettled");
    }

    private static Reservation pending(String orderId) {
        return Reservation.pending(orderId, "shop", "maker", Fulfillment.PICKUP, "store-1", "dealer",
            List.of(new Line("SKU-1", 1)));
    }

    private Reservation reserved(String orderId) {
        return new Reservation(orderId, "shop", "maker", Fulfillment.PICKUP, "store-1", "dealer",
            List.of(new Line("SKU-1", 1)), ReservationState.RESERVED, clock.instant().plus(Duration.ofHours(72)), null,
            List.of());
    }

    private static Reservation state(String orderId, ReservationState state) {
        return new Reservation(orderId, "shop", "maker", Fulfillment.PICKUP, "store-1", "dealer",
            List.of(new Line("SKU-1", 1)), state, null, null, List.of());
    }
}
