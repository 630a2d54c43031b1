package com.lumenbridge.catalog.pricing.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a price list says, already valid: its currency, the discount off list price, fixed prices per SKU. */
public record PriceListTerms(String currency, Discount discount, Map<String, Long> overrides) {

    public PriceListTerms {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(discount, "discount");
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
    }
}
