package com.lumenbridge.crm.profile.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who counts as a lighting professional, and why. Any one signal is enough:
 * <ul>
 * <li>{@code TRADE_ACCOUNT}: the legacy CRM flagged a trade account;</li>
 * <li>{@code PROFESSIONAL_SKU_SHARE}: at least {@value #PROFESSIONAL_SHARE_PERCENT} % of the units
 * bought are PROFESSIONAL SKUs (high-bays, tracks, drivers…), over at least
 * {@value #MIN_UNITS_FOR_SHARE} units so one odd purchase does not decide;</li>
 * <li>{@code PROJECT_QUANTITY}: one line of at least {@value #PROJECT_QUANTITY} units, which is a fit-out,
 * not a household.</li>
 * </ul>
 * Everyone else is MASS with the reason {@code NO_PROFESSIONAL_SIGNAL}.
 */
public final class ClassificationPolicy {

    public static final int PROFESSIONAL_SHARE_PERCENT = 50;
    public static final int MIN_UNITS_FOR_SHARE = 2;
    public static final int PROJECT_QUANTITY = 20;

    private ClassificationPolicy() {
    }

    public static Classification classify(History history, Derived derived) {
        List<String> reasons = new ArrayList<>();
        if (history.legacy().values().stream().anyMatch(History.LegacyEntry::tradeAccount)) {
            reasons.add("TRADE_ACCOUNT: flagged as a trade account in the legacy CRM");
        }
        int units = knownSegmentUnits(history);
        if (units >= MIN_UNITS_FOR_SHARE && derived.professionalShare() * 100 >= PROFESSIONAL_SHARE_PERCENT) {
            reasons.add(String.format(Locale.ROOT, "PROFESSIONAL_SKU_SHARE: %.0f %% of %d units bought are professional SKUs",
                derived.professionalShare() * 100, units));
        }
        if (derived.maxLineQuantity() >= PROJECT_QUANTITY) {
            reasons.add("PROJECT_QUANTITY: a line of " + derived.maxLineQuantity() + " units");
        }
        if (reasons.isEmpty()) {
            return new Classification(CustomerType.MASS, List.of("NO_PROFESSIONAL_SIGNAL"));
        }
        return new Classification(CustomerType.PROFESSIONAL, reasons);
    }

    private static int knownSegmentUnits(History history) {
        int units = 0;
        for (History.OrderEntry order : history.orders().values()) {
            if (order.isPurchase()) {
                units += order.lines().stream().filter(l -> l.segment() != null).mapToInt(PurchaseLine::quantity).sum();
            }
        }
        for (History.SaleEntry sale : history.sales().values()) {
            units += sale.lines().stream().filter(l -> l.segment() != null).mapToInt(PurchaseLine::quantity).sum();
        }
        return units;
    }
}
