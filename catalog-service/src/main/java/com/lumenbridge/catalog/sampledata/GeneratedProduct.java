package com.lumenbridge.catalog.sampledata;

import com.lumenbridge.catalog.product.domain.ProductInput;
import com.lumenbridge.catalog.product.domain.ProductStatus;

/** One generated product: the fields a manufacturer would send, and the status to import it in. */
public record GeneratedProduct(ProductInput input, ProductStatus status) {
}
