package com.lumenbridge.catalog.pricing.domain;

import java.math.BigDecimal;
import java.util.List;

/** Price-list fields as a writer sent them, not yet checked; any may be null. */
public record PriceListInput(String currency, BigDecimal discountPercent, List<OverrideInput> overrides) {

    public record OverrideInput(String sku, Long amountMinor) {
    }
}
