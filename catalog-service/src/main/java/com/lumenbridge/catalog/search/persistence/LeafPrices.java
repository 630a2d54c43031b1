package com.lumenbridge.catalog.search.persistence;

import java.io.IOException;

/** The caller's price of each document of one segment, read in increasing document order. */
interface LeafPrices {

    /** Marks a document the caller cannot be offered, because its price list cannot price it. */
    long UNPRICED = -1;

    long price(int doc) throws IOException;
}
