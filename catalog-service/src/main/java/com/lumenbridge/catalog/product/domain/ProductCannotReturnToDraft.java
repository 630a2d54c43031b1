package com.lumenbridge.catalog.product.domain;

/** A product that has been ACTIVE never becomes a DRAFT again: partners may already have sold it. */
public class ProductCannotReturnToDraft extends LifecycleViolation {

    public ProductCannotReturnToDraft(String sku, ProductStatus status) {
        super(sku, status, "Product " + sku + " is " + status + " and cannot return to DRAFT");
    }

    @Override
    public String rule() {
        return "product-cannot-return-to-draft";
    }
}
