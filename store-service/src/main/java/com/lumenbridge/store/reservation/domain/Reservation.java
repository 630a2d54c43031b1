package com.lumenbridge.store.reservation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The intent to hold every line of one order at one location. Its verbs check the current state and
 * return the next one or throw {@link ReservationRuleBroken}; the stock itself moves in the inventory
 * documents, guarded per order, so applying a verb's stock effect twice changes nothing.
 */
public record Reservation(
    String orderId,
    String storefrontId,
    String manufacturerId,
    Fulfillment fulfillment,
    String locationId,
    String locationTenantId,
    List<Line> lines,
    ReservationState state,
    Instant holdExpiresAt,
    String reason,
    List<ShortLine> shortLines) {

    public Reservation {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(state, "state");
        lines = List.copyOf(lines);
        shortLines = shortLines == null ? List.of() : List.copyOf(shortLines);
        if (!isValidOrderId(orderId)) {
            throw new IllegalArgumentException("orderId must be 1-64 letters, digits, '-' or '_'");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reservation has at least one line");
        }
        if (lines.stream().map(Line::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each SKU appears on one line only");
        }
    }

    /** Order ids become field names of the per-order holds, so they are restricted to safe characters. */
    public static boolean isValidOrderId(String orderId) {
        return orderId != null && orderId.matches("[A-Za-z0-9_-]{1,64}");
    }

    public static Reservation pending(String orderId, String storefrontId, String manufacturerId, Fulfillment fulfillment,
            String locationId, String locationTenantId, List<Line> lines) {
        Objects.requireNonNull(locationId, "locationId");
        return new Reservation(orderId, storefrontId, manufacturerId, fulfillment, locationId, locationTenantId, lines,
            ReservationState.PENDING, null, null, List.of());
    }

    /** An order refused before anything was tried, e.g. for an unknown store. */
    public static Reservation refused(String orderId, String storefrontId, String manufacturerId, Fulfillment fulfillment,
            String locationId, List<Line> lines, String reason) {
        return new Reservation(orderId, storefrontId, manufacturerId, fulfillment, locationId, null, lines,
            ReservationState.REJECTED, null, reason, List.of());
    }

    /** Every line is held: the hold runs from {@code now} for as long as the policy gives this fulfillment. */
    public Reservation reserve(HoldPolicy policy, Instant now) {
        require(ReservationState.PENDING, "only a pending reservation can become reserved");
        return with(ReservationState.RESERVED, policy.expiresAt(fulfillment, now), null, List.of());
    }

    public Reservation reject(List<ShortLine> shorts) {
        require(ReservationState.PENDING, "only a pending reservation can be rejected");
        if (shorts.isEmpty()) {
            throw new ReservationRuleBroken(orderId, "a rejection for stock names the short lines");
        }
        return with(ReservationState.REJECTED, null, "INSUFFICIENT_STOCK", shorts);
    }

    public Reservation commit() {
        require(ReservationState.RESERVED, "only a reserved order can be committed");
        return with(ReservationState.COMMITTED, holdExpiresAt, null, List.of());
    }

    public Reservation release(String why) {
        if (state != ReservationState.PENDING && state != ReservationState.RESERVED) {
            throw new ReservationRuleBroken(orderId, "a " + state + " reservation holds nothing to release");
        }
        return with(ReservationState.RELEASED, holdExpiresAt, why, List.of());
    }

    public Reservation expire(Instant now) {
        require(ReservationState.RESERVED, "only a reserved order can expire");
        if (now.isBefore(holdExpiresAt)) {
            throw new ReservationRuleBroken(orderId, "the hold runs until " + holdExpiresAt);
        }
        return with(ReservationState.EXPIRED, holdExpiresAt, "EXPIRED", List.of());
    }

    /** The holder key of this order's holds in the inventory documents. */
    public String holder() {
        return orderId;
    }

    private void require(ReservationState expected, String rule) {
        if (state != expected) {
            throw new ReservationRuleBroken(orderId, rule + " (it is " + state + ")");
        }
    }

    private Reservation with(ReservationState next, Instant expiresAt, String why, List<ShortLine> shorts) {
        return new Reservation(orderId, storefrontId, manufacturerId, fulfillment, locationId, locationTenantId, lines, next,
            expiresAt, why, shorts);
    }
}
