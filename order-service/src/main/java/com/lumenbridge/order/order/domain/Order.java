package com.lumenbridge.order.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order of one storefront for the products of one manufacturer. It changes status only through
 * its verbs, each of which checks the asking party and the current status and returns the next
 * order or throws ({@link PartyMayNot}, {@link TransitionNotAllowed}). {@code fulfillerId} is the
 * tenant owning the location that holds the stock, known once store-service reserved it.
 */
public record Order(
    String id,
    String storefrontId,
    String manufacturerId,
    Fulfillment fulfillment,
    List<OrderLine> lines,
    Money total,
    Customer customer,
    OrderStatus status,
    String statusReason,
    List<ShortLine> shortLines,
    String locationId,
    String fulfillerId,
    Instant holdExpiresAt,
    Instant placedAt,
    Instant updatedAt) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storefrontId, "storefrontId");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(placedAt, "placedAt");
        lines = List.copyOf(lines);
        shortLines = shortLines == null ? List.of() : List.copyOf(shortLines);
        if (!isValidId(id)) {
            throw new IllegalArgumentException("an order id is 1-64 letters, digits, '-' or '_'");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        if (lines.stream().map(OrderLine::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each SKU appears on one line only");
        }
    }

    /** store-service keys its holds by order id, so ids keep to the characters it accepts. */
    public static boolean isValidId(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{1,64}");
    }

    /** A new order, PENDING until store-service answers; the total is the sum of the snapshotted line prices. */
    public static Order place(String id, String storefrontId, String manufacturerId, Fulfillment fulfillment,
            List<OrderLine> lines, Customer customer, Instant now) {
        Money total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus)
            .orElseThrow(() -> new IllegalArgumentException("an order has at least one line"));
        return new Order(id, storefrontId, manufacturerId, fulfillment, lines, total, customer, OrderStatus.PENDING, null,
            List.of(), null, null, null, now, now);
    }

    /** Every line is held at {@code locationId}, owned by {@code fulfillerId}, until {@code holdExpiresAt}. */
    public Order confirm(Party by, String locationId, String fulfillerId, Instant holdExpiresAt, Instant now) {
        check(Transition.CONFIRM, by);
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(fulfillerId, "fulfillerId");
        return new Order(id, storefrontId, manufacturerId, fulfillment, lines, total, customer, OrderStatus.CONFIRMED, null,
            List.of(), locationId, fulfillerId, holdExpiresAt, placedAt, now);
    }

    /** Nothing could be held; {@code reason} is store-service's, {@code shorts} names the lines short of stock. */
    public Order reject(Party by, String reason, List<ShortLine> shorts, Instant now) {
        check(Transition.REJECT, by);
        Objects.requireNonNull(reason, "reason");
        return new Order(id, storefrontId, manufacturerId, fulfillment, lines, total, customer, OrderStatus.REJECTED, reason,
            shorts, locationId, fulfillerId, null, placedAt, now);
    }

    public Order cancel(Party by, Instant now) {
        return move(Transition.CANCEL, by, "CANCELLED_BY_STOREFRONT", now);
    }

    public Order markReady(Party by, Instant now) {
        return move(Transition.MARK_READY, by, null, now);
    }

    public Order complete(Party by, Instant now) {
        return move(Transition.COMPLETE, by, null, now);
    }

    public Order decline(Party by, Instant now) {
        return move(Transition.DECLINE, by, "DECLINED_IN_STORE", now);
    }

    public Order expire(Party by, Instant now) {
        return move(Transition.EXPIRE, by, "HOLD_EXPIRED", now);
    }

    /** The same order with the customer's personal data masked (CRM erasure). */
    public Order withCustomerMasked() {
        return new Order(id, storefrontId, manufacturerId, fulfillment, lines, total, customer.masked(), status, statusReason,
            shortLines, locationId, fulfillerId, holdExpiresAt, placedAt, updatedAt);
    }

    private Order move(Transition transition, Party by, String reason, Instant now) {
        check(transition, by);
        return new Order(id, storefrontId, manufacturerId, fulfillment, lines, total, customer, transition.target(), reason,
            shortLines, locationId, fulfillerId, holdExpiresAt, placedAt, now);
    }

    private void check(Transition transition, Party by) {
        if (transition.party() != by) {
            throw new PartyMayNot(by, transition);
        }
        if (!transition.allowedFrom(status, fulfillment.type())) {
            throw new TransitionNotAllowed(id, transition, status, fulfillment.type());
        }
    }
}
