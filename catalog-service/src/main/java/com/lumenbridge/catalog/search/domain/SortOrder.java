package com.lumenbridge.catalog.search.domain;

import java.util.Arrays;
import java.util.Optional;

/** Result orders; ties are broken by SKU so the order is stable across instances and pages. */
public enum SortOrder {
    RELEVANCE("relevance"),
    PRICE("price"),
    PRICE_DESC("-price"),
    LUMENS("lumens"),
    LUMENS_DESC("-lumens"),
    EFFICACY("efficacy"),
    EFFICACY_DESC("-efficacy");

    private final String wireName;

    SortOrder(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean descending() {
        return wireName.startsWith("-");
    }

    public static Optional<SortOrder> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
