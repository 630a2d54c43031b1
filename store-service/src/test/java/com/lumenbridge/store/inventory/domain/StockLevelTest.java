package com.lumenbridge.store.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockLevelTest {

    @Test
    void availableIsOnHandMinusReserved() {
        assertThat(new StockLevel(10, 4).available()).isEqualTo(6);
    }

    @Test
    void refusesToSetOnHandBelowWhatIsReserved() {
        assertThatThrownBy(() -> new StockLevel(10, 4).setOnHand(3)).isInstanceOf(StockBelowReserved.class)
            .hasMessageContaining("4 units reserved");
        assertThat(new StockLevel(10, 4).setOnHand(4)).isEqualTo(new StockLevel(4, 4));
    }

    @Test
    void refusesToHoldOrRemoveMoreThanIsAvailable() {
        assertThatThrownBy(() -> new StockLevel(10, 4).hold("A60", 7)).isInstanceOf(InsufficientStock.class);
        assertThatThrownBy(() -> new StockLevel(10, 4).adjust("A60", -7)).isInstanceOf(InsufficientStock.class);
        assertThat(new StockLevel(10, 4).hold("A60", 6)).isEqualTo(new StockLevel(10, 10));
    }

    @Test
    void committingTakesHeldUnitsOutOfBothOnHandAndReserved() {
        assertThat(new StockLevel(10, 4).commit(3)).isEqualTo(new StockLevel(7, 1));
        assertThat(new StockLevel(10, 4).release(3)).isEqualTo(new StockLevel(10, 1));
    }

    @Test
    void neverRepresentsABrokenInvariant() {
        assertThatThrownBy(() -> new StockLevel(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockLevel(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachAdjustmentKindFixesTheSignOfItsQuantity() {
        assertThat(AdjustmentKind.RECEIVED.accepts(5)).isTrue();
        assertThat(AdjustmentKind.RECEIVED.accepts(-5)).isFalse();
        assertThat(AdjustmentKind.DAMAGED.accepts(-1)).isTrue();
        assertThat(AdjustmentKind.DAMAGED.accepts(1)).isFalse();
        assertThat(AdjustmentKind.COUNT_CORRECTION.accepts(0)).isFalse();
    }
}
