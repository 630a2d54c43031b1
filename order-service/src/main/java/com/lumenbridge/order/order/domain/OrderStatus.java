package com.lumenbridge.order.order.domain;

/** The order statuses of DESIGN.md. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    READY_FOR_PICKUP,
    COMPLETED,
    CLOSED_NO_SALE,
    CANCELLED,
    EXPIRED;

    public boolean isFinal() {
        return this != PENDING && this != CONFIRMED && this != READY_FOR_PICKUP;
    }
}
