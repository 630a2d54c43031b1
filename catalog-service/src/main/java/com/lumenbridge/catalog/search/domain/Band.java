package com.lumenbridge.catalog.search.domain;

/** One bucket of a banded facet: a stable value and the inclusive range it covers (open ends are null). */
public record Band(String value, Long min, Long max) {

    public boolean contains(long v) {
        return (min == null || v >= min) && (max == null || v <= max);
    }
}
