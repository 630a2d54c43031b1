package com.lumenbridge.store.reservation.domain;

/** A line that could not be held, and how many were available when it was tried. */
public record ShortLine(String sku, int requested, int available) {
}
