package com.lumenbridge.platform.events.order;

/** How an order reaches the consumer (DESIGN.md "The O2O order flow"). */
public enum FulfillmentType {
    /** Shipped from a warehouse of the order's manufacturer. */
    DELIVERY,
    /** Bought online, picked up in a dealer store. */
    PICKUP,
    /** Reserved in a store, seen lit, then bought or declined there. */
    RESERVE_AND_TRY
}
