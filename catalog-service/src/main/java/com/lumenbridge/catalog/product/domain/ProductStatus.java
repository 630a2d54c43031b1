package com.lumenbridge.catalog.product.domain;

/** DRAFT (owner only) → ACTIVE (partners see and order it) → DISCONTINUED (frozen, kept for history). */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    DISCONTINUED
}
