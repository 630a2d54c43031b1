package com.lumenbridge.catalog.pricing.domain;

import java.math.BigDecimal;

/** A discount off list price, 0–100 % to two decimals, held as basis points so no price is ever a double. */
public record Discount(int basisPoints) {

    public static final Discount NONE = new Discount(0);

    public Discount {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a discount is 0–100 %");
        }
    }

    public static Discount ofPercent(BigDecimal percent) {
        return new Discount(percent.movePointRight(2).intValueExact());
    }

    public BigDecimal percent() {
        BigDecimal percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /** {@code amountMinor} less this discount, rounded half-up to the minor unit. */
    public long applyTo(long amountMinor) {
        return (amountMinor * (10_000 - basisPoints) + 5_000) / 10_000;
    }
}
