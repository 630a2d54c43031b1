package com.lumenbridge.catalog.search.application;

import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;

/** The in-process search index of products, one per running instance. */
public interface CatalogIndex {

    /**
     * Indexes {@code product} unless the index already holds this or a later version of it;
     * returns whether it did. Idempotent, so the same snapshot may arrive any number of times,
     * in any order with its neighbours.
     */
    boolean apply(ProductSnapshot product);

    /** Makes everything applied so far visible to searches. */
    void refresh();

    /** How many products the index holds. */
    int size();

    SearchPage search(Audience audience, SearchCriteria criteria);
}
