package com.lumenbridge.catalog.partnership.application;

import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stored partnerships, one document per manufacturer and partner, with their outbox. */
public interface Partnerships {

    String COLLECTION = "partnerships";

    Optional<Partnership> find(String manufacturerId, String partnerTenantId);

    List<Partnership> ofManufacturer(String manufacturerId);

    List<Partnership> ofPartner(String partnerTenantId);

    /** Stores a new partnership; false when it already exists. */
    boolean insert(Partnership partnership, List<? extends IntegrationEvent> events);

    /** Stores a changed partnership if it is still at {@code expectedVersion}; false otherwise. */
    boolean update(Partnership partnership, long expectedVersion, List<? extends IntegrationEvent> events);

    void forEach(Consumer<Partnership> action);
}
