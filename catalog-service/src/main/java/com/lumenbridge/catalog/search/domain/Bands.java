package com.lumenbridge.catalog.search.domain;

import java.util.List;

/**
 * The banded facets. Bands of one facet are contiguous and cover every value, so each value falls
 * in exactly one band.
 */
public final class Bands {

    /**
     * Correlated colour temperature, as lighting catalogues group it: warm white up to 3000 K,
     * neutral 3001–4500 K, cool 4501–6500 K, daylight above 6500 K.
     */
    public static final List<Band> CCT = List.of(
        new Band("warm", null, 3000L),
        new Band("neutral", 3001L, 4500L),
        new Band("cool", 4501L, 6500L),
        new Band("daylight", 6501L, null));

    /** Luminous flux: accent and candle lamps, household bulbs, bright bulbs and tubes, fittings, floodlights and high-bays. */
    public static final List<Band> LUMENS = List.of(
        new Band("under-250", null, 249L),
        new Band("250-499", 250L, 499L),
        new Band("500-999", 500L, 999L),
        new Band("1000-2499", 1000L, 2499L),
        new Band("2500-4999", 2500L, 4999L),
        new Band("5000-9999", 5000L, 9999L),
        new Band("10000-plus", 10_000L, null));

    /**
     * The caller's price in minor units; values are named in major units of a two-decimal currency
     * (EUR, USD, CNY…): under 10, 10–25, 25–50, 50–100, 100–250, 250 and more.
     */
    public static final List<Band> PRICE = List.of(
        new Band("under-10", null, 999L),
        new Band("10-25", 1000L, 2499L),
        new Band("25-50", 2500L, 4999L),
        new Band("50-100", 5000L, 9999L),
        new Band("100-250", 10_000L, 24_999L),
        new Band("250-plus", 25_000L, null));

    private Bands() {
    }

    /** The index of the band {@code value} falls in. */
    public static int indexOf(List<Band> bands, long value) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no band for " + value);
    }
}
