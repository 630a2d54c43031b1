package com.lumenbridge.store.reservation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long stock is held per fulfillment type before the hold expires. */
public record HoldPolicy(Duration pickup, Duration reserveAndTry, Duration delivery) {

    public HoldPolicy {
        Objects.requireNonNull(pickup, "pickup");
        Objects.requireNonNull(reserveAndTry, "reserveAndTry");
        Objects.requireNonNull(delivery, "delivery");
        if (pickup.isNegative() || pickup.isZero() || reserveAndTry.isNegative() || reserveAndTry.isZero()
                || delivery.isNegative() || delivery.isZero()) {
            throw new IllegalArgumentException("hold durations must be positive");
        }
    }

    public Instant expiresAt(Fulfillment fulfillment, Instant heldAt) {
        return heldAt.plus(switch (fulfillment) {
            case PICKUP -> pickup;
            case RESERVE_AND_TRY -> reserveAndTry;
            case DELIVERY -> delivery;
        });
    }
}
