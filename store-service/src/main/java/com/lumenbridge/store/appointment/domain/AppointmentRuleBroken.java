package com.lumenbridge.store.appointment.domain;

/** An appointment was asked to change in a way its status or its slot's time does not allow. */
public class AppointmentRuleBroken extends RuntimeException {

    public AppointmentRuleBroken(String appointmentId, String rule) {
        super("appointment '" + appointmentId + "': " + rule);
    }
}
