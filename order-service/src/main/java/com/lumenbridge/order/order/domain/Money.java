package com.lumenbridge.order.order.domain;

import java.util.Objects;

/** An amount in minor units of an ISO 4217 currency; never a double. */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        if (amountMinor < 0) {
            throw new IllegalArgumentException("an amount is never negative");
        }
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(amountMinor, quantity), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }
}
