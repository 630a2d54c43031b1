package com.lumenbridge.crm.insight.domain;

import com.lumenbridge.crm.profile.domain.ChannelMix;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.ProfileState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates {@link Insights} one profile at a time, so a base of any size streams through in
 * constant memory. Profiles without analytics consent are skipped here, whatever the caller passed.
 * <ul>
 * <li>An appointment converts when the person bought in the same store (offline sale, or an
 * in-store order completed) from its slot start until {@value #CONVERSION_DAYS} days later.</li>
 * <li>A RESERVE_AND_TRY order converts when COMPLETED; it counts as closed when COMPLETED,
 * CLOSED_NO_SALE or EXPIRED (one cancelled before the visit never reached the try).</li>
 * </ul>
 */
public final class InsightCalculator {

    public static final int CONVERSION_DAYS = 30;

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

    public void add(ProfileState profile) {
        if (!profile.analyticsAllowed()) {
            return;
        }
        profiles++;
        classification.merge(profile.classification().type().name(), 1L, Long::sum);
        count(categories, profile.derived().preferredCategory());
        count(cctBands, profile.derived().preferredCctBand());
        count(priceBands, profile.derived().preferredPriceBand());
        mix.merge(profile.derived().channelMix().name(), 1L, Long::sum);
        online += profile.derived().onlineOrders();
        offline += profile.derived().offlineSales();
        History history = profile.history();
        for (History.AppointmentEntry appointment : history.appointments().values()) {
            if (appointment.status() == History.AppointmentStatus.CANCELLED) {
                continue;
            }
            long[] counts = stores.computeIfAbsent(appointment.storeId(), s -> new long[2]);
            counts[0]++;
            if (boughtInStoreAfter(history, appointment.storeId(), appointment.slotStart())) {
                counts[1]++;
            }
        }
        for (History.OrderEntry order : history.orders().values()) {
            if (!"RESERVE_AND_TRY".equals(order.fulfillment())) {
                continue;
            }
            switch (order.status()) {
                case COMPLETED -> {
                    tryClosed++;
                    tryBought++;
                }
                case CLOSED_NO_SALE, EXPIRED -> tryClosed++;
                default -> { }
            }
        }
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

    private static boolean boughtInStoreAfter(History history, String storeId, Instant from) {
        Instant until = from.plus(Duration.ofDays(CONVERSION_DAYS));
        for (History.SaleEntry sale : history.sales().values()) {
            if (storeId.equals(sale.storeId()) && within(sale.soldAt(), from, until)) {
                return true;
            }
        }
        for (History.OrderEntry order : history.orders().values()) {
            if (storeId.equals(order.storeId()) && order.isInStore() && order.status() == History.OrderStatus.COMPLETED
                    && within(order.updatedAt(), from, until)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Instant at, Instant from, Instant until) {
        return at != null && !at.isBefore(from) && !at.isAfter(until);
    }

    private static void count(Map<String, Long> counts, Object value) {
        if (value != null) {
            counts.merge(value.toString(), 1L, Long::sum);
        }
    }

    /** A share rounded to four decimals; 0 when there is nothing to divide. */
    static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
