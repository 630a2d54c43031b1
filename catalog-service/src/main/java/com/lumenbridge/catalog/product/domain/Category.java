package com.lumenbridge.catalog.product.domain;

import java.util.Arrays;
import java.util.Optional;

/** Product categories of DESIGN.md, by their wire names. */
public enum Category {
    BULB("bulb"),
    TUBE("tube"),
    PANEL("panel"),
    DOWNLIGHT("downlight"),
    SPOTLIGHT("spotlight"),
    STRIP("strip"),
    FLOODLIGHT("floodlight"),
    HIGH_BAY("high-bay"),
    TRACK("track"),
    DRIVER("driver"),
    SMART("smart");

    private final String wireName;

    Category(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Drivers power LEDs and emit no light, so they carry no photometric data. */
    public boolean emitsLight() {
        return this != DRIVER;
    }

    public static Optional<Category> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
