package com.lumenbridge.catalog.product.domain;

/** What a product verb did; each carries the product's state right after it. */
public sealed interface ProductChange {

    ProductState product();

    /** Created as a DRAFT. */
    record Drafted(ProductState product) implements ProductChange {
    }

    /** Fields other than the list price changed. */
    record Revised(ProductState product) implements ProductChange {
    }

    /** The list price changed. */
    record Repriced(ProductState product, Money previousListPrice) implements ProductChange {
    }

    /** DRAFT → ACTIVE. */
    record Published(ProductState product) implements ProductChange {
    }

    /** ACTIVE → DISCONTINUED. */
    record Discontinued(ProductState product) implements ProductChange {
    }
}
