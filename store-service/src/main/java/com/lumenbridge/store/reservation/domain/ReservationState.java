package com.lumenbridge.store.reservation.domain;

/**
 * {@code PENDING} while lines are being held; then {@code RESERVED} (all held) or {@code REJECTED}
 * (none held); a reserved order ends {@code COMMITTED}, {@code RELEASED} or {@code EXPIRED}.
 */
public enum ReservationState {
    PENDING,
    RESERVED,
    REJECTED,
    COMMITTED,
    RELEASED,
    EXPIRED;

    public boolean isFinal() {
        return this != PENDING && this != RESERVED;
    }
}
