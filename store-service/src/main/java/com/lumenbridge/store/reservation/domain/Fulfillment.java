package com.lumenbridge.store.reservation.domain;

/** How the order reaches the consumer; decides where stock is held and for how long. */
public enum Fulfillment {
    DELIVERY,
    PICKUP,
    RESERVE_AND_TRY
}
