package com.lumenbridge.catalog.product.application;

import com.lumenbridge.platform.problem.ProblemTypes;
import java.net.URI;

/** The catalog's own stable problem types; partners may switch on them. */
public final class CatalogProblems {

    /** The SKU belongs to another manufacturer: SKUs are unique platform-wide, like user names. */
    public static final URI SKU_TAKEN = ProblemTypes.of("sku-taken");
    /** The caller already has a product with this SKU; PUT changes it. */
    public static final URI PRODUCT_EXISTS = ProblemTypes.of("product-exists");
    /** Someone changed the resource between our read and our write; read again and retry. */
    public static final URI CONCURRENT_UPDATE = ProblemTypes.of("concurrent-update");

    private CatalogProblems() {
    }
}
