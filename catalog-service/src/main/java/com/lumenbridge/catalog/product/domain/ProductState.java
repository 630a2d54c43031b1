package com.lumenbridge.catalog.product.domain;

import java.time.Instant;
import java.util.Objects;

/** A product as it is at one version: what events carry and what is stored. */
public record ProductState(
    String sku,
    String manufacturerId,
    ProductStatus status,
    long version,
    ProductDetails details,
    Instant createdAt,
    Instant updatedAt) {

    public ProductState {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isOwnedBy(String tenantId) {
        return manufacturerId.equals(tenantId);
    }
}
