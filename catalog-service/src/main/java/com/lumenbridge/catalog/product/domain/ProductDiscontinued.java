package com.lumenbridge.catalog.product.domain;

/** A DISCONTINUED product is frozen: orders and partners may still refer to what it was. */
public class ProductDiscontinued extends LifecycleViolation {

    public ProductDiscontinued(String sku) {
        super(sku, ProductStatus.DISCONTINUED, "Product " + sku + " is DISCONTINUED and can no longer be changed");
    }

    @Override
    public String rule() {
        return "product-discontinued";
    }
}
