package com.lumenbridge.crm.insight.domain;

import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.ProfileState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one profile contributes to {@link Insights}: a few values, so that insights over a base of
 * any size read these instead of decoding every profile's whole history. A pure function of the
 * stored profile, kept beside it on every write.
 * <ul>
 * <li>An appointment converts when the person bought in the same store (offline sale, or an
 * in-store order completed) from its slot start until {@value #CONVERSION_DAYS} days later.</li>
 * <li>A RESERVE_AND_TRY order converts when COMPLETED; it counts as closed when COMPLETED,
 * CLOSED_NO_SALE or EXPIRED (one cancelled before the visit never reached the try).</li>
 * </ul>
 *
 * @param appointments per store, appointments that were not cancelled and how many converted
 */
public record InsightFacts(String classification, String preferredCategory, String preferredCctBand,
        String preferredPriceBand, String channelMix, long onlineOrders, long offlineSales,
        List<StoreAppointments> appointments, long triesClosed, long triesBought) {

    public static final int CONVERSION_DAYS = 30;

    public InsightFacts {
        appointments = List.copyOf(appointments);
    }

    public record StoreAppointments(String storeId, long appointments, long converted) {
    }

    /** The profile's facts, or empty when it does not count (not active, or no analytics consent). */
    public static Optional<InsightFacts> of(ProfileState profile) {
        if (!profile.analyticsAllowed()) {
            return Optional.empty();
        }
        History history = profile.history();
        Map<String, long[]> stores = new TreeMap<>();
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
        long closed = 0;
        long bought = 0;
        for (History.OrderEntry order : history.orders().values()) {
            if (!"RESERVE_AND_TRY".equals(order.fulfillment())) {
                continue;
            }
            switch (order.status()) {
                case COMPLETED -> {
                    closed++;
                    bought++;
                }
                case CLOSED_NO_SALE, EXPIRED -> closed++;
                default -> { }
            }
        }
        return Optional.of(new InsightFacts(profile.classification().type().name(), profile.derived().preferredCategory(),
            profile.derived().preferredCctBand(), profile.derived().preferredPriceBand(),
            profile.derived().channelMix().name(), profile.derived().onlineOrders(), profile.derived().offlineSales(),
            stores.entrySet().stream().map(e -> new StoreAppointments(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
            closed, bought));
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
}
