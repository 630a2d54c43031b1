package com.lumenbridge.platform.events.order;

import java.util.Objects;

/** One line of an order: a SKU and a positive quantity. */
public record OrderLine(String sku, int quantity) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
