package com.lumenbridge.store.inventory.domain;

/** Why on-hand stock changed outside orders; each kind fixes the sign of its quantity. */
public enum AdjustmentKind {
    /** Goods arrived: a positive quantity. */
    RECEIVED,
    /** Goods broke or were lost: a negative quantity. */
    DAMAGED,
    /** A physical count differed from the books: either sign, never zero. */
    COUNT_CORRECTION;

    public boolean accepts(int quantity) {
        return switch (this) {
            case RECEIVED -> quantity > 0;
            case DAMAGED -> quantity < 0;
            case COUNT_CORRECTION -> quantity != 0;
        };
    }

    public String rule() {
        return switch (this) {
            case RECEIVED -> "must be positive for RECEIVED";
            case DAMAGED -> "must be negative for DAMAGED";
            case COUNT_CORRECTION -> "must not be zero";
        };
    }
}
