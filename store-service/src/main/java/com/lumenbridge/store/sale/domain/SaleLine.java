package com.lumenbridge.store.sale.domain;

import java.util.Objects;

/** A SKU and a positive quantity sold. */
public record SaleLine(String sku, int quantity) {

    public SaleLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
