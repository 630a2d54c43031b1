package com.lumenbridge.catalog.product.domain;

/** Who a product is made for: mass consumers or lighting professionals. */
public enum Segment {
    MASS,
    PROFESSIONAL
}
