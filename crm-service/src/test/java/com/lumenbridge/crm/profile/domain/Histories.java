package com.lumenbridge.crm.profile.domain;

import java.time.Instant;
import java.util.List;

/** Small builders of profile history for the domain tests. */
final class Histories {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Histories() {
    }

    static PurchaseLine line(String sku, int quantity, long unitPrice, String category, String segment, Integer kelvin) {
        return new PurchaseLine(sku, quantity, unitPrice, category, segment, kelvin);
    }

    static History.OrderEntry order(String id, String fulfillment, String storeId, History.OrderStatus status, long total,
            Instant at, PurchaseLine... lines) {
        return new History.OrderEntry(id, fulfillment, storeId, status, total, "EUR", List.of(lines), at, at);
    }
}
