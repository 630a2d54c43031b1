package com.lumenbridge.platform.events.catalog;

import java.util.Objects;

/** An amount in minor units (cents) of an ISO 4217 currency. */
public record Price(long amountMinor, String currency) {

    public Price {
        Objects.requireNonNull(currency, "currency");
    }
}
