package com.lumenbridge.catalog.search.web;

import com.lumenbridge.catalog.product.web.ProductView;
import com.lumenbridge.catalog.search.application.CatalogSearch;
import com.lumenbridge.catalog.search.application.FacetCount;
import com.lumenbridge.catalog.search.application.SearchPage;
import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.platform.identity.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

    private final CatalogSearch search;

    SearchController(CatalogSearch search) {
        this.search = search;
    }

    /**
     * {@code GET /api/catalog/search?q=&category=&segment=&base=&cctMin=&cctMax=&lumensMin=&lumensMax=
     * &criMin=&beamAngleMin=&beamAngleMax=&ipRating=&dimmable=&efficacyMin=&priceMin=&priceMax=&replaces=
     * &sort=&page=&size=}.
     */
    @GetMapping("/api/catalog/search")
    SearchResponse search(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        SearchPage page = search.search(caller, SearchParameters.parse(params));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.wireName(), page.facets().getOrDefault(facet, List.of()));
        }
        return new SearchResponse(page.items().stream().map(ProductView::of).toList(), page.total(), page.page(),
            page.size(), facets);
    }

    record SearchResponse(List<ProductView> items, long total, int page, int size, Map<String, List<FacetCount>> facets) {
    }
}
