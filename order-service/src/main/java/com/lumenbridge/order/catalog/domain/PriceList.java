package com.lumenbridge.order.catalog.domain;

import com.lumenbridge.order.order.domain.Money;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A manufacturer's price list as catalog-service publishes it: a partner pays the override for a
 * SKU (in the list's currency), else the list price less the discount rounded half-up to the minor
 * unit when the list price is in the list's currency; otherwise the product is not offered.
 * Currencies are never converted (the catalog's own rule, repeated here so both agree).
 */
public record PriceList(String currency, int discountBasisPoints, Map<String, Long> overrides) {

    public PriceList {
        Objects.requireNonNull(currency, "currency");
        if (discountBasisPoints < 0 || discountBasisPoints > 10_000) {
            throw new IllegalArgumentException("a discount is 0–100 %");
        }
        overrides = Map.copyOf(overrides);
    }

    public Optional<Money> priceOf(String sku, Money listPrice) {
        Long override = overrides.get(sku);
        if (override != null) {
            return Optional.of(new Money(override, currency));
        }
        if (!listPrice.currency().equals(currency)) {
            return Optional.empty();
        }
        return Optional.of(new Money((listPrice.amountMinor() * (10_000 - discountBasisPoints) + 5_000) / 10_000, currency));
    }
}
