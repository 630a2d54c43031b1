package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.ProductFacts;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The CRM's projection of each manufacturer's products, from catalog.product.v1. */
public interface ProductFactsSource {

    Map<String, ProductFacts> find(String tenantId, Collection<String> skus);

    /** One manufacturer's product at one version, as a catalog event carries it. */
    record Versioned(String tenantId, ProductFacts facts, long version) {
    }

    /** Keeps each snapshot that is newer than the one held: a poll's events at once. */
    void putAll(List<Versioned> products);

    /** Notes that profile {@code profileId} holds lines of {@code skus} the projection did not know yet. */
    void awaiting(String tenantId, Collection<String> skus, String profileId);

    /** Per SKU, the profiles noted as holding lines of it while it was unknown; SKUs nobody awaits are left out. */
    Map<String, List<String>> awaitedBy(String tenantId, Collection<String> skus);

    /** Forgets those notes once the profiles have been given the product. */
    void delivered(String tenantId, String sku, List<String> profileIds);
}
