package com.lumenbridge.order.order.domain;

/** The order's status (or fulfillment type) does not allow the change asked for. */
public class TransitionNotAllowed extends RuntimeException {

    private final OrderStatus status;

    public TransitionNotAllowed(String orderId, Transition transition, OrderStatus status, FulfillmentType type) {
        super("order '" + orderId + "' is " + status + " (" + type + "): it cannot " + transition.name().toLowerCase().replace('_', ' '));
        this.status = status;
    }

    public OrderStatus status() {
        return status;
    }
}
