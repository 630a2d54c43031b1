package com.lumenbridge.platform.events.store;

import java.util.Objects;

/** A SKU and a positive quantity held, committed or sold. */
public record StockLine(String sku, int quantity) {

    public StockLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
