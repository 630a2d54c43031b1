package com.lumenbridge.catalog.product.domain;

/** Only a DRAFT can be published. */
public class ProductNotDraft extends LifecycleViolation {

    public ProductNotDraft(String sku, ProductStatus status) {
        super(sku, status, "Product " + sku + " is " + status + "; only a DRAFT can be published");
    }

    @Override
    public String rule() {
        return "product-not-draft";
    }
}
