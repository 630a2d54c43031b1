package com.lumenbridge.store.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final HoldPolicy POLICY = new HoldPolicy(Duration.ofHours(72), Duration.ofHours(48), Duration.ofDays(7));

    private static Reservation pending(Fulfillment fulfillment) {
        return Reservation.pending("o-1", "shop", "maker", fulfillment, "store-1", "dealer", List.of(new Line("A60", 2)));
    }

    @Test
    void aReservedHoldRunsForTheWindowOfItsFulfillmentType() {
        assertThat(pending(Fulfillment.PICKUP).reserve(POLICY, NOW).holdExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(pending(Fulfillment.RESERVE_AND_TRY).reserve(POLICY, NOW).holdExpiresAt())
            .isEqualTo(NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void rejectsCommittingAnOrderThatIsNotReserved() {
        assertThatThrownBy(() -> pending(Fulfillment.PICKUP).commit()).isInstanceOf(ReservationRuleBroken.class)
            .hasMessageContaining("only a reserved order can be committed");
    }

    @Test
    void expiresOnlyOnceTheHoldHasRunOut() {
        Reservation reserved = pending(Fulfillment.PICKUP).reserve(POLICY, NOW);

        assertThatThrownBy(() -> reserved.expire(NOW.plus(Duration.ofHours(71)))).isInstanceOf(ReservationRuleBroken.class);
        assertThat(reserved.expire(NOW.plus(Duration.ofHours(72))).state()).isEqualTo(ReservationState.EXPIRED);
    }

    @Test
    void aFinishedReservationHoldsNothingToRelease() {
        Reservation committed = pending(Fulfillment.PICKUP).reserve(POLICY, NOW).commit();

        assertThatThrownBy(() -> committed.release("CANCELLED")).isInstanceOf(ReservationRuleBroken.class);
        assertThat(pending(Fulfillment.PICKUP).release("CANCELLED").state()).isEqualTo(ReservationState.RELEASED);
    }

    @Test
    void aStockRejectionNamesItsShortLines() {
        assertThatThrownBy(() -> pending(Fulfillment.PICKUP).reject(List.of())).isInstanceOf(ReservationRuleBroken.class);
        Reservation rejected = pending(Fulfillment.PICKUP).reject(List.of(new ShortLine("A60", 2, 1)));
        assertThat(rejected.reason()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(rejected.shortLines()).containsExactly(new ShortLine("A60", 2, 1));
    }

    @Test
    void orderIdsAreLimitedToCharactersSafeAsHoldKeys() {
        assertThat(Reservation.isValidOrderId("ord_1-A")).isTrue();
        assertThat(Reservation.isValidOrderId("a.b")).isFalse();
        assertThat(Reservation.isValidOrderId("$where")).isFalse();
    }
}
