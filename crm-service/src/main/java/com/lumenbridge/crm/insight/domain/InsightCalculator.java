package com.lumenbridge.crm.insight.domain;

import com.lumenbridge.crm.profile.domain.ChannelMix;
import com.lumenbridge.crm.profile.domain.ProfileState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates {@link Insights} one profile's {@link InsightFacts} at a time, so a base of any size
 * streams through in constant memory. Profiles without analytics consent have no facts, so they
 * are skipped whatever the caller passed.
 */
public final class InsightCalculator {

    private long profiles;
    private final Map<String, Long> classification = new TreeMap<>();
    private final Map<String, Long> categories = new TreeMap<>();
    private final Map<String, Long> cctBands = new TreeMap<>();
    private final Map<String, Long> priceBands = new TreeMap<>();
    private final Map<String, Long> mix = new LinkedHashMap<>();
    private long online;
    private long offline;
    private final Map<String, long[]> stores = new TreeMap<>();
    private long tryClosed;
    private long tryBought;

    public InsightCalculator() {
        for (ChannelMix m : ChannelMix.values()) {
            mix.put(m.name(), 0L);
        }
    }

    /** Adds a whole profile: for profiles stored before their facts were kept beside them. */
    public void add(ProfileState profile) {
        InsightFacts.of(profile).ifPresent(this::add);
    }

    public void add(InsightFacts facts) {
        profiles++;
        classification.merge(facts.classification(), 1L, Long::sum);
        count(categories, facts.preferredCategory());
        count(cctBands, facts.preferredCctBand());
        count(priceBands, facts.preferredPriceBand());
        mix.merge(facts.channelMix(), 1L, Long::sum);
        online += facts.onlineOrders();
        offline += facts.offlineSales();
        for (InsightFacts.StoreAppointments store : facts.appointments()) {
            long[] counts = stores.computeIfAbsent(store.storeId(), s -> new long[2]);
            counts[0] += store.appointments();
            counts[1] += store.converted();
        }
        tryClosed += facts.triesClosed();
        tryBought += facts.triesBought();
    }

    public Insights result() {
        long purchases = online + offline;
        List<Insights.StoreConversion> conversions = new ArrayList<>();
        stores.forEach((store, c) -> conversions.add(new Insights.StoreConversion(store, c[0], c[1], rate(c[1], c[0]))));
        Map<String, Map<String, Long>> preferences = new LinkedHashMap<>();
        preferences.put("category", categories);
        preferences.put("cctBand", cctBands);
        preferences.put("priceBand", priceBands);
        return new Insights(profiles, classification, preferences,
            new Insights.Channels(online, offline, rate(online, purchases), rate(offline, purchases), mix),
            conversions, new Insights.Conversion(tryClosed, tryBought, rate(tryBought, tryClosed)));
    }

    private static void count(Map<String, Long> counts, String value) {
        if (value != null) {
            counts.merge(value, 1L, Long::sum);
        }
    }

    /** A share rounded to four decimals; 0 when there is nothing to divide. */
    static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
