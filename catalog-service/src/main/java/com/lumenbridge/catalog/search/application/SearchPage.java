package com.lumenbridge.catalog.search.application;

import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.catalog.product.application.PricedProduct;
import java.util.List;
import java.util.Map;

/** One page of search results, the total that matched, and the facet counts. */
public record SearchPage(List<PricedProduct> items, long total, int page, int size, Map<Facet, List<FacetCount>> facets) {

    public SearchPage {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
    }
}
