package com.lumenbridge.order.store.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.order.order.domain.FulfillmentType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreTest {

    private static final Store HALL = new Store("s-1", "STORE", Set.of("PICKUP", "SHOWROOM", "CONSULTATION"), Set.of("maker-1"));

    @Test
    void aStoreCarryingTheManufacturerWithTheServiceFulfilsBothInStoreTypes() {
        assertThat(HALL.refusal("maker-1", FulfillmentType.PICKUP)).isEmpty();
        assertThat(HALL.refusal("maker-1", FulfillmentType.RESERVE_AND_TRY)).isEmpty();
    }

    @Test
    void refusesAWarehouse() {
        Store warehouse = new Store("w-1", "WAREHOUSE", Set.of(), Set.of("maker-1"));

        assertThat(warehouse.refusal("maker-1", FulfillmentType.PICKUP)).hasValueSatisfying(
            why -> assertThat(why).startsWith("is a WAREHOUSE, not a store"));
    }

    @Test
    void refusesAStoreNotCarryingTheManufacturer() {
        assertThat(HALL.refusal("maker-2", FulfillmentType.PICKUP)).contains("does not carry this order's manufacturer");
    }

    @Test
    void pickupNeedsAPickupCounterAndReserveAndTryAShowroom() {
        Store showroomOnly = new Store("s-2", "STORE", Set.of("SHOWROOM"), Set.of("maker-1"));
        Store counterOnly = new Store("s-3", "STORE", Set.of("PICKUP"), Set.of("maker-1"));

        assertThat(showroomOnly.refusal("maker-1", FulfillmentType.PICKUP)).contains("does not offer PICKUP, which PICKUP needs");
        assertThat(showroomOnly.refusal("maker-1", FulfillmentType.RESERVE_AND_TRY)).isEmpty();
        assertThat(counterOnly.refusal("maker-1", FulfillmentType.RESERVE_AND_TRY))
            .contains("does not offer SHOWROOM, which RESERVE_AND_TRY needs");
        assertThat(counterOnly.refusal("maker-1", FulfillmentType.PICKUP)).isEmpty();
    }

    @Test
    void whatTheAnswerDidNotShowIsNotHeldAgainstTheStore() {
        Store sparse = new Store("s-4", null, null, null);

        assertThat(sparse.refusal("maker-1", FulfillmentType.PICKUP)).isEmpty();
    }

    @Test
    void deliveryIsNotAStoresBusiness() {
        assertThatThrownBy(() -> HALL.refusal("maker-1", FulfillmentType.DELIVERY)).isInstanceOf(IllegalArgumentException.class);
    }
}
