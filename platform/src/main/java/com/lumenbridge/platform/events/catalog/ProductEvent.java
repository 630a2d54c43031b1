package com.lumenbridge.platform.events.catalog;

import com.lumenbridge.platform.events.IntegrationEvent;

/** An event on {@code catalog.product.v1}: every one carries the product's full snapshot after the change. */
public interface ProductEvent extends IntegrationEvent {

    ProductSnapshot product();

    @Override
    default String aggregateId() {
        return product().sku();
    }
}
