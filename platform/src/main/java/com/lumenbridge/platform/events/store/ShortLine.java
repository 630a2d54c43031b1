package com.lumenbridge.platform.events.store;

import java.util.Objects;

/** A line that could not be held: how many were asked for and how many were available then. */
public record ShortLine(String sku, int requested, int available) {

    public ShortLine {
        Objects.requireNonNull(sku, "sku");
    }
}
