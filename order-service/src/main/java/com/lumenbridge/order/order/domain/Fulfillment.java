package com.lumenbridge.order.order.domain;

import java.util.Objects;

/** Where and how: a store for {@code PICKUP} / {@code RESERVE_AND_TRY}, an address for {@code DELIVERY}. */
public record Fulfillment(FulfillmentType type, String storeId, Address address) {

    public Fulfillment {
        Objects.requireNonNull(type, "type");
        if (type.inStore() && storeId == null) {
            throw new IllegalArgumentException(type + " names a store");
        }
        if (type == FulfillmentType.DELIVERY && address == null) {
            throw new IllegalArgumentException("DELIVERY carries an address");
        }
    }
}
