package com.lumenbridge.platform.events.order;

import com.lumenbridge.platform.events.catalog.Price;
import java.util.Objects;

/** One line of an order: a SKU, how many, and the unit price snapshotted when the order was placed. */
public record OrderLine(String sku, int quantity, Price unitPrice) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    /** A line whose price does not matter to the reader (store-service reserves by quantity only). */
    public OrderLine(String sku, int quantity) {
        this(sku, quantity, null);
    }
}
