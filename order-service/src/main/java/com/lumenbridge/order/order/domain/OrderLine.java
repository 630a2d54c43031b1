package com.lumenbridge.order.order.domain;

import java.util.Objects;

/** One line: a SKU, 1–999 of it, and the unit price snapshotted when the order was placed. */
public record OrderLine(String sku, int quantity, Money unitPrice) {

    public static final int MAX_QUANTITY = 999;

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
