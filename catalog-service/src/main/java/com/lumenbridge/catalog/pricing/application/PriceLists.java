package com.lumenbridge.catalog.pricing.application;

import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stored price lists, one document per manufacturer and price-list id, with their outbox. */
public interface PriceLists {

    String COLLECTION = "price_lists";

    Optional<PriceList> find(String manufacturerId, String priceListId);

    /** Stores a new list; false when one with its id already exists. */
    boolean insert(PriceList list, List<? extends IntegrationEvent> events);

    /** Stores a changed list if it is still at {@code expectedVersion}; false otherwise. */
    boolean update(PriceList list, long expectedVersion, List<? extends IntegrationEvent> events);

    void forEach(Consumer<PriceList> action);
}
