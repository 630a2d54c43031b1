package com.lumenbridge.catalog.product.domain;

import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in integer minor units of an ISO 4217 currency; never a floating-point number. */
public record Money(long amountMinor, String currency) {

    /** Compiled once: every priced search hit checks its currency. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

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
        if (code == null || !CODE.matcher(code).matches()) {
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
