package com.lumenbridge.catalog.product.domain;

/**
 * Only an ACTIVE product can be discontinued: a draft was never offered, so there is nothing to
 * discontinue, and a discontinued product stays discontinued.
 */
public class ProductNotActive extends LifecycleViolation {

    public ProductNotActive(String sku, ProductStatus status) {
        super(sku, status, "Product " + sku + " is " + status + "; only an ACTIVE product can be discontinued");
    }

    @Override
    public String rule() {
        return "product-not-active";
    }
}
