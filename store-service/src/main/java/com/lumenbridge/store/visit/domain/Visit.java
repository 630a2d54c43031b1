package com.lumenbridge.store.visit.domain;

import com.lumenbridge.store.visitor.domain.Visitor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A consumer's check-in at a store and the products they looked at. The visitor is kept only when they
 * agreed to be recorded; otherwise the visit is anonymous footfall.
 */
public record Visit(String id, String storeId, String dealerId, Instant visitedAt, List<String> products, Visitor visitor) {

    public static final int MAX_PRODUCTS = 50;

    public Visit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(visitedAt, "visitedAt");
        products = List.copyOf(products);
        if (products.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException("at most " + MAX_PRODUCTS + " products");
        }
        if (visitor != null && !visitor.recordConsent()) {
            throw new IllegalArgumentException("a visit keeps a visitor only with their consent to be recorded");
        }
    }

    /** Records a check-in {@code now}; the visitor's identity stays only if they consented to be recorded. */
    public static Visit checkIn(String id, String storeId, String dealerId, Visitor visitor, List<String> products, Instant now) {
        Objects.requireNonNull(visitor, "a visitor checks in by email or phone");
        return new Visit(id, storeId, dealerId, now, products.stream().distinct().toList(), visitor.recordable().orElse(null));
    }
}
