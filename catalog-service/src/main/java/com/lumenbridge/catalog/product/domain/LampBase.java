package com.lumenbridge.catalog.product.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Lamp caps and bases (IEC 60061) found on LED products sold in Europe, North America and Asia;
 * {@code none} is for integrated luminaires (panels, downlights, strips, floodlights) and drivers.
 */
public enum LampBase {
    E27("E27"),
    E26("E26"),
    E14("E14"),
    E12("E12"),
    E40("E40"),
    B22("B22"),
    B15("B15"),
    GU10("GU10"),
    GU5_3("GU5.3"),
    GU4("GU4"),
    G13("G13"),
    G5("G5"),
    G9("G9"),
    G4("G4"),
    GX53("GX53"),
    R7S("R7s"),
    G24("G24"),
    GX24("GX24"),
    TWO_G11("2G11"),
    NONE("none");

    private final String wireName;

    LampBase(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<LampBase> fromWireName(String name) {
        return Arrays.stream(values()).filter(b -> b.wireName.equals(name)).findFirst();
    }
}
