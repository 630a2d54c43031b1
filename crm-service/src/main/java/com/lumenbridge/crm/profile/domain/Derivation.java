package com.lumenbridge.crm.profile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes {@link Derived} from a {@link History}: a pure function, so a merge or a replay gives the same answer. */
public final class Derivation {

    private Derivation() {
    }

    public static Derived of(History history) {
        List<PurchaseLine> bought = new ArrayList<>();
        Map<String, Integer> storeTouches = new TreeMap<>();
        int onlineOrders = 0;
        long value = 0;
        Instant lastActivity = null;
        Instant lastPurchase = null;
        boolean online = false;
        boolean offline = false;
        for (History.OrderEntry order : history.orders().values()) {
            online = true;
            lastActivity = max(lastActivity, max(order.placedAt(), order.updatedAt()));
            if (order.isInStore()) {
                storeTouches.merge(order.storeId(), 1, Integer::sum);
                if (order.status() == History.OrderStatus.COMPLETED) {
                    offline = true;
                }
            }
            if (order.isPurchase()) {
                onlineOrders++;
                value += order.totalMinor();
                bought.addAll(order.lines());
                lastPurchase = max(lastPurchase, order.updatedAt() != null ? order.updatedAt() : order.placedAt());
            }
        }
        int appointments = 0;
        for (History.AppointmentEntry appointment : history.appointments().values()) {
            offline = true;
            lastActivity = max(lastActivity, max(appointment.slotStart(), appointment.updatedAt()));
            if (appointment.status() != History.AppointmentStatus.CANCELLED) {
                appointments++;
                storeTouches.merge(appointment.storeId(), 1, Integer::sum);
            }
        }
        for (History.VisitEntry visit : history.visits().values()) {
            offline = true;
            lastActivity = max(lastActivity, visit.visitedAt());
            storeTouches.merge(visit.storeId(), 1, Integer::sum);
        }
        for (History.SaleEntry sale : history.sales().values()) {
            offline = true;
            lastActivity = max(lastActivity, sale.soldAt());
            lastPurchase = max(lastPurchase, sale.soldAt());
            storeTouches.merge(sale.storeId(), 1, Integer::sum);
            bought.addAll(sale.lines());
            for (PurchaseLine line : sale.lines()) {
                if (line.unitPriceMinor() != null) {
                    value += line.unitPriceMinor() * line.quantity();
                }
            }
        }
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> cctBands = new TreeMap<>();
        Map<Integer, Integer> kelvins = new TreeMap<>();
        Map<String, Integer> priceBands = new TreeMap<>();
        int professionalUnits = 0;
        int knownSegmentUnits = 0;
        int maxLine = 0;
        for (PurchaseLine line : bought) {
            int units = line.quantity();
            maxLine = Math.max(maxLine, units);
            if (line.category() != null) {
                categories.merge(line.category(), units, Integer::sum);
            }
            if (line.cctKelvin() != null) {
                cctBands.merge(Bands.cct(line.cctKelvin()), units, Integer::sum);
                kelvins.merge(line.cctKelvin(), units, Integer::sum);
            }
            if (line.unitPriceMinor() != null) {
                priceBands.merge(Bands.price(line.unitPriceMinor()), units, Integer::sum);
            }
            if (line.segment() != null) {
                knownSegmentUnits += units;
                if ("PROFESSIONAL".equals(line.segment())) {
                    professionalUnits += units;
                }
            }
        }
        ChannelMix mix = online && offline ? ChannelMix.BOTH : online ? ChannelMix.ONLINE
            : offline ? ChannelMix.OFFLINE : ChannelMix.NONE;
        double share = knownSegmentUnits == 0 ? 0 : Math.round(10_000.0 * professionalUnits / knownSegmentUnits) / 10_000.0;
        return new Derived(onlineOrders + history.sales().size(), onlineOrders, history.sales().size(), value,
            lastActivity, lastPurchase, mix, top(storeTouches), top(categories), top(cctBands), top(kelvins),
            top(priceBands), categories, cctBands, priceBands, history.visits().size(), appointments, share, maxLine);
    }

    /** The key with the highest count; ties go to the smallest key, so the answer never depends on order. */
    static <K extends Comparable<K>> K top(Map<K, Integer> counts) {
        return counts.entrySet().stream()
            .max(Comparator.<Map.Entry<K, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .orElse(null);
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
