package com.lumenbridge.catalog.product.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Everything a manufacturer says about a product, already valid (see {@link ProductRules}). Light
 * fields are null for categories that emit no light.
 */
public record ProductDetails(
    String name,
    String description,
    Category category,
    Segment segment,
    BigDecimal watts,
    Integer lumens,
    Integer cctKelvin,
    Integer cri,
    Integer beamAngle,
    LampBase base,
    IpRating ipRating,
    boolean dimmable,
    String voltage,
    int lifetimeHours,
    EnergyClass energyClass,
    Money listPrice) {

    public ProductDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(watts, "watts");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ipRating, "ipRating");
        Objects.requireNonNull(voltage, "voltage");
        Objects.requireNonNull(energyClass, "energyClass");
        Objects.requireNonNull(listPrice, "listPrice");
        watts = ProductRules.normalise(watts);
    }

    /** Luminous efficacy in lm/W, one decimal, half-up; null without light output. */
    public BigDecimal efficacy() {
        return lumens == null ? null : efficacy(lumens, watts);
    }

    static BigDecimal efficacy(int lumens, BigDecimal watts) {
        return BigDecimal.valueOf(lumens).divide(watts, 1, RoundingMode.HALF_UP);
    }

    public ProductDetails withListPrice(Money price) {
        return new ProductDetails(name, description, category, segment, watts, lumens, cctKelvin, cri, beamAngle, base,
            ipRating, dimmable, voltage, lifetimeHours, energyClass, price);
    }
}
