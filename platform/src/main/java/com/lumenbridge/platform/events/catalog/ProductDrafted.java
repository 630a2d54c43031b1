package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.Topics;
import java.util.Objects;

/** A manufacturer created a product; it is a DRAFT, visible only to its owner. */
@EventType(type = "lumenbridge.catalog.ProductDrafted.v1", topic = Topics.CATALOG_PRODUCT)
public record ProductDrafted(ProductSnapshot product) implements ProductEvent {

    public ProductDrafted {
        Objects.requireNonNull(product, "product");
    }
}
