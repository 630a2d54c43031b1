package com.lumenbridge.crm.profile.domain;

import java.time.Instant;
import java.util.Map;

/**
 * Everything the CRM computes from a person's history. Purchases are completed online orders (a
 * DELIVERY once confirmed) and offline sales; preferences count purchased units; the preferred
 * store is the one with most store touches (visits, appointments, sales, in-store orders).
 *
 * @param orderCount purchases, online and offline
 * @param orderValueMinor what the purchases were worth, in minor units (a manufacturer's CRM is one currency)
 * @param professionalShare share of purchased units of PROFESSIONAL SKUs, 0 to 1, among units whose segment is known
 */
public record Derived(
    int orderCount,
    int onlineOrders,
    int offlineSales,
    long orderValueMinor,
    Instant lastActivityAt,
    Instant lastPurchaseAt,
    ChannelMix channelMix,
    String preferredStore,
    String preferredCategory,
    String preferredCctBand,
    Integer preferredCctKelvin,
    String preferredPriceBand,
    Map<String, Integer> categoryUnits,
    Map<String, Integer> cctBandUnits,
    Map<String, Integer> priceBandUnits,
    int visitCount,
    int appointmentCount,
    double professionalShare,
    int maxLineQuantity) {

    public static final Derived NONE = new Derived(0, 0, 0, 0, null, null, ChannelMix.NONE, null, null, null, null, null,
        Map.of(), Map.of(), Map.of(), 0, 0, 0, 0);

    public Derived {
        categoryUnits = categoryUnits == null ? Map.of() : Map.copyOf(categoryUnits);
        cctBandUnits = cctBandUnits == null ? Map.of() : Map.copyOf(cctBandUnits);
        priceBandUnits = priceBandUnits == null ? Map.of() : Map.copyOf(priceBandUnits);
    }
}
