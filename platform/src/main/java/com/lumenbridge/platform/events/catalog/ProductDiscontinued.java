package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.Topics;
import java.util.Objects;

/** An ACTIVE product was DISCONTINUED: it can no longer be ordered. */
@EventType(type = "lumenbridge.catalog.ProductDiscontinued.v1", topic = Topics.CATALOG_PRODUCT)
public record ProductDiscontinued(ProductSnapshot product) implements ProductEvent {

    public ProductDiscontinued {
        Objects.requireNonNull(product, "product");
    }
}
