package com.lumenbridge.catalog.search.application;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One facet value and how many products have it; banded facets also say the inclusive range they cover. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetCount(String value, long count, Long min, Long max) {

    public static FacetCount of(String value, long count) {
        return new FacetCount(value, count, null, null);
    }
}
