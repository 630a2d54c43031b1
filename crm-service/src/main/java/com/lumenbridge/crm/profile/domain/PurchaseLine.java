package com.lumenbridge.crm.profile.domain;

import java.util.Objects;

/**
 * One bought or tried SKU with what the product projection knew about it when the activity arrived.
 * {@code unitPriceMinor} is {@code null} when neither the event nor the projection had a price;
 * {@code category}, {@code segment} and {@code cctKelvin} are {@code null} for a SKU the projection
 * has not seen.
 */
public record PurchaseLine(String sku, int quantity, Long unitPriceMinor, String category, String segment,
        Integer cctKelvin) {

    public PurchaseLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
