package com.lumenbridge.catalog.product.domain;

import java.util.Currency;
import java.util.Objects;

/** An amount in integer minor units of an ISO 4217 currency; never a floating-point number. */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amountMinor < 0) {
            throw new IllegalArgumentException("amountMinor must not be negative");
        }
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currency);
        }
    }

    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
