package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.Topics;
import java.util.Objects;

/**
 * A product's list price changed. Emitted whenever it does, alongside {@link ProductUpdated} (same
 * snapshot and version) when other fields changed in the same write.
 */
@EventType(type = "lumenbridge.catalog.ProductPriceChanged.v1", topic = Topics.CATALOG_PRODUCT)
public record ProductPriceChanged(ProductSnapshot product, Price previousListPrice) implements ProductEvent {

    public ProductPriceChanged {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(previousListPrice, "previousListPrice");
    }
}
