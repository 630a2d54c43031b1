package com.lumenbridge.store.sale.domain;

/** A line the store could not cover, and how many were available when it was tried. */
public record ShortLine(String sku, int requested, int available) {
}
