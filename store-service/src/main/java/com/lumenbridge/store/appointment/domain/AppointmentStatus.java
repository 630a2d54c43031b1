package com.lumenbridge.store.appointment.domain;

/** {@code BOOKED} until it ends {@code CANCELLED}, {@code ATTENDED} or {@code NO_SHOW}; the three are final. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
