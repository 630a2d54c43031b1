package com.lumenbridge.order.order.domain;

/** How the order reaches the consumer (DESIGN.md "The O2O order flow"). */
public enum FulfillmentType {
    DELIVERY,
    PICKUP,
    RESERVE_AND_TRY;

    /** Fulfilled over a store counter, so there is a "ready for pickup" step and a decline. */
    public boolean inStore() {
        return this != DELIVERY;
    }
}
