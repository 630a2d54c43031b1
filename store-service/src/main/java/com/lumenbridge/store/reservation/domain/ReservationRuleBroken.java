package com.lumenbridge.store.reservation.domain;

/** A reservation was asked to change in a way its current state does not allow. */
public class ReservationRuleBroken extends RuntimeException {

    public ReservationRuleBroken(String orderId, String rule) {
        super("reservation of order '" + orderId + "': " + rule);
    }
}
