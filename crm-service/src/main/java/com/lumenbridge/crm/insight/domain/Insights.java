package com.lumenbridge.crm.insight.domain;

import java.util.List;
import java.util.Map;

/**
 * What a manufacturer learns about a base or a segment of people who allowed analytics.
 *
 * @param preferences per dimension (category, cctBand, priceBand), how many profiles prefer each value
 * @param channels purchases online vs offline and the profiles' channel mix
 * @param appointmentConversion per store: appointments (not cancelled) and how many led to a purchase in that store
 * @param reserveAndTry RESERVE_AND_TRY orders that ended, and how many were bought
 */
public record Insights(
    long profiles,
    Map<String, Long> classification,
    Map<String, Map<String, Long>> preferences,
    Channels channels,
    List<StoreConversion> appointmentConversion,
    Conversion reserveAndTry) {

    public record Channels(long onlinePurchases, long offlinePurchases, double onlineShare, double offlineShare,
            Map<String, Long> mix) {
    }

    public record StoreConversion(String storeId, long appointments, long converted, double rate) {
    }

    public record Conversion(long closed, long converted, double rate) {
    }
}
