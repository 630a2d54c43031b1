package com.lumenbridge.order.order.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every change of an order's status: who may ask for it, and from which statuses. Whether the
 * fulfillment type allows it is decided by {@link Order} (no "ready" or "decline" for DELIVERY).
 */
public enum Transition {
    CONFIRM(Party.STORE_SERVICE, OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PENDING)),
    REJECT(Party.STORE_SERVICE, OrderStatus.REJECTED, EnumSet.of(OrderStatus.PENDING)),
    EXPIRE(Party.STORE_SERVICE, OrderStatus.EXPIRED, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.READY_FOR_PICKUP)),
    CANCEL(Party.STOREFRONT, OrderStatus.CANCELLED,
        EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.READY_FOR_PICKUP)),
    MARK_READY(Party.FULFILLER, OrderStatus.READY_FOR_PICKUP, EnumSet.of(OrderStatus.CONFIRMED)),
    COMPLETE(Party.FULFILLER, OrderStatus.COMPLETED, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.READY_FOR_PICKUP)),
    DECLINE(Party.FULFILLER, OrderStatus.CLOSED_NO_SALE, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.READY_FOR_PICKUP));

    private final Party party;
    private final OrderStatus target;
    private final Set<OrderStatus> from;

    Transition(Party party, OrderStatus target, Set<OrderStatus> from) {
        this.party = party;
        this.target = target;
        this.from = from;
    }

    public Party party() {
        return party;
    }

    public OrderStatus target() {
        return target;
    }

    /** Whether an order of {@code type} in {@code status} may take this transition. */
    public boolean allowedFrom(OrderStatus status, FulfillmentType type) {
        if (!from.contains(status)) {
            return false;
        }
        return switch (this) {
            case MARK_READY, DECLINE -> type.inStore();
            // a store order is collected at the counter, so it is READY first; a delivery completes from CONFIRMED
            case COMPLETE -> type.inStore() ? status == OrderStatus.READY_FOR_PICKUP : status == OrderStatus.CONFIRMED;
            default -> true;
        };
    }
}
