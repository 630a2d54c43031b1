package com.lumenbridge.store.reservation.domain;

import java.util.Objects;

/** A SKU and a positive quantity of a reservation. */
public record Line(String sku, int quantity) {

    public Line {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
