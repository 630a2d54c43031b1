package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.Topics;
import java.util.Objects;

/** A draft product became ACTIVE: partners of its manufacturer may now see and order it. */
@EventType(type = "lumenbridge.catalog.ProductPublished.v1", topic = Topics.CATALOG_PRODUCT)
public record ProductPublished(ProductSnapshot product) implements ProductEvent {

    public ProductPublished {
        Objects.requireNonNull(product, "product");
    }
}
