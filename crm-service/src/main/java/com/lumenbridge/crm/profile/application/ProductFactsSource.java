package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.ProductFacts;
import java.util.Collection;
import java.util.Map;

/** The CRM's projection of each manufacturer's products, from catalog.product.v1. */
public interface ProductFactsSource {

    Map<String, ProductFacts> find(String tenantId, Collection<String> skus);

    /** Keeps the snapshot if it is newer than the one held. */
    void put(String tenantId, ProductFacts facts, long version);
}
