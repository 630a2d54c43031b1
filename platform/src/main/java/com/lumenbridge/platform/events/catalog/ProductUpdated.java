package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.Topics;
import java.util.Objects;

/** Descriptive or technical fields of a product changed (its list price may have changed too, see ProductPriceChanged). */
@EventType(type = "lumenbridge.catalog.ProductUpdated.v1", topic = Topics.CATALOG_PRODUCT)
public record ProductUpdated(ProductSnapshot product) implements ProductEvent {

    public ProductUpdated {
        Objects.requireNonNull(product, "product");
    }
}
