package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.ProductFacts;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The CRM's projection of each manufacturer's products, from catalog.product.v1. */
public interface ProductFactsSource {

    Map<String, ProductFacts> find(String tenantId, Collection<String> skus);

    /** Keeps the snapshot if it is newer than the one held. */
    void put(String tenantId, ProductFacts facts, long version);

    /** Notes that profile {@code profileId} holds lines of {@code skus} the projection did not know yet. */
    void awaiting(String tenantId, Collection<String> skus, String profileId);

    /** The profiles noted as holding lines of {@code sku} while it was unknown. */
    List<String> awaitedBy(String tenantId, String sku);

    /** Forgets those notes once the profiles have been given the product. */
    void delivered(String tenantId, String sku, List<String> profileIds);
}
