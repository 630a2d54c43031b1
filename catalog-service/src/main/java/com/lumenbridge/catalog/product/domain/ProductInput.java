package com.lumenbridge.catalog.product.domain;

import java.math.BigDecimal;

/**
 * Product fields as a writer sent them, already read into Java types but not yet checked; any of
 * them may be null. {@link ProductRules#validate} turns them into {@link ProductDetails} or names
 * every field that breaks a rule.
 */
public record ProductInput(
    String sku,
    String name,
    String description,
    String category,
    String segment,
    BigDecimal watts,
    Integer lumens,
    Integer cctKelvin,
    Integer cri,
    Integer beamAngle,
    String base,
    String ipRating,
    Boolean dimmable,
    String voltage,
    Integer lifetimeHours,
    String energyClass,
    Long listPriceMinor,
    String currency) {
}
