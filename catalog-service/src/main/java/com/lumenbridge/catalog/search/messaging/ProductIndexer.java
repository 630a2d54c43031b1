package com.lumenbridge.catalog.search.messaging;

import com.lumenbridge.catalog.search.application.CatalogIndex;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.catalog.ProductEvent;
import com.lumenbridge.platform.messaging.EventHandler;

/**
 * Applies the product snapshot every {@code catalog.product.v1} event carries to this instance's
 * index, if it is newer than what the index holds. Every running instance gets every event.
 */
public class ProductIndexer<T extends ProductEvent> implements EventHandler<T> {

    private final Class<T> eventClass;
    private final CatalogIndex index;

    public ProductIndexer(Class<T> eventClass, CatalogIndex index) {
        this.eventClass = eventClass;
        this.index = index;
    }

    @Override
    public Class<T> eventClass() {
        return eventClass;
    }

    @Override
    public void handle(EventEnvelope<T> event) {
        index.apply(event.data().product());
    }

    @Override
    public String name() {
        return "ProductIndexer-" + eventClass.getSimpleName();
    }

    @Override
    public Delivery delivery() {
        return Delivery.EVERY_INSTANCE;
    }
}
