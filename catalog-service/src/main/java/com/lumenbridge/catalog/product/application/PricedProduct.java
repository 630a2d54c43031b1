package com.lumenbridge.catalog.product.application;

import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;

/** A product as one caller sees it: its snapshot and that caller's price. */
public record PricedProduct(ProductSnapshot product, Money price) {
}
