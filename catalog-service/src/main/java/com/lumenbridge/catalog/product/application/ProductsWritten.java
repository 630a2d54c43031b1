package com.lumenbridge.catalog.product.application;

import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.util.List;

/**
 * Published in-process right after products were stored, so this instance's search index shows a
 * write at once; other instances learn of it from {@code catalog.product.v1}.
 */
public record ProductsWritten(List<ProductSnapshot> products) {

    public ProductsWritten {
        products = List.copyOf(products);
    }
}
