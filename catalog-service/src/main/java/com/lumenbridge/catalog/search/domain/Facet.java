package com.lumenbridge.catalog.search.domain;

/**
 * The facets a search counts. Each is tied to the filter that narrows it, so that its counts can
 * ignore that filter (drill-sideways: a shopper who picked "bulb" still sees how many tubes there are).
 */
public enum Facet {
    CATEGORY("category"),
    SEGMENT("segment"),
    BASE("base"),
    CCT_BAND("cctBand"),
    LUMEN_BAND("lumenBand"),
    DIMMABLE("dimmable"),
    IP_RATING("ipRating"),
    PRICE_BAND("priceBand");

    private final String wireName;

    Facet(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
