package com.lumenbridge.platform.events.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The whole state of one product at {@link #version()}. Versions start at 1 and grow by one with
 * every change; two snapshots of the same SKU and version are equal, so a consumer keeps the
 * highest version it has seen and ignores the rest. Light-related fields ({@code lumens},
 * {@code efficacy}, {@code cctKelvin}, {@code cri}, {@code beamAngle}) are null for products
 * that emit no light (drivers).
 *
 * @param status {@code DRAFT}, {@code ACTIVE} or {@code DISCONTINUED}
 * @param efficacy lumens per watt, derived, one decimal
 */
public record ProductSnapshot(
    String sku,
    String manufacturerId,
    long version,
    String status,
    String name,
    String description,
    String category,
    String segment,
    BigDecimal watts,
    Integer lumens,
    BigDecimal efficacy,
    Integer cctKelvin,
    Integer cri,
    Integer beamAngle,
    String base,
    String ipRating,
    boolean dimmable,
    String voltage,
    int lifetimeHours,
    String energyClass,
    Price listPrice,
    Instant createdAt,
    Instant updatedAt) {

    public ProductSnapshot {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(listPrice, "listPrice");
    }
}
