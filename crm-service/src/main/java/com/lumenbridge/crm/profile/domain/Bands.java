package com.lumenbridge.crm.profile.domain;

/**
 * CCT and price bands, the same as the catalog's search facets so a marketer reads one vocabulary:
 * warm up to 3000 K, neutral 3001–4500 K, cool 4501–6500 K, daylight above; unit prices in major
 * units of a two-decimal currency under 10, 10–25, 25–50, 50–100, 100–250, 250 and more.
 */
public final class Bands {

    private Bands() {
    }

    public static String cct(int kelvin) {
        if (kelvin <= 3000) {
            return "warm";
        }
        if (kelvin <= 4500) {
            return "neutral";
        }
        return kelvin <= 6500 ? "cool" : "daylight";
    }

    public static String price(long unitPriceMinor) {
        if (unitPriceMinor < 1000) {
            return "under-10";
        }
        if (unitPriceMinor < 2500) {
            return "10-25";
        }
        if (unitPriceMinor < 5000) {
            return "25-50";
        }
        if (unitPriceMinor < 10_000) {
            return "50-100";
        }
        return unitPriceMinor < 25_000 ? "100-250" : "250-plus";
    }
}
