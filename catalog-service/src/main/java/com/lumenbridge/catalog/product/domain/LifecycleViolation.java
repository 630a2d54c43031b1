package com.lumenbridge.catalog.product.domain;

/** A verb that the product's current status does not allow; {@link #rule()} names the broken rule. */
public abstract class LifecycleViolation extends RuntimeException {

    private final String sku;
    private final ProductStatus status;

    protected LifecycleViolation(String sku, ProductStatus status, String message) {
        super(message);
        this.sku = sku;
        this.status = status;
    }

    /** A stable slug for the rule, e.g. {@code product-not-draft}. */
    public abstract String rule();

    public String sku() {
        return sku;
    }

    public ProductStatus status() {
        return status;
    }
}
