package com.lumenbridge.store.inventory.domain;

/** A manufacturer's stock-keeping unit code. */
public record Sku(String value) {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";

    public Sku {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("sku must match " + PATTERN);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }
}
