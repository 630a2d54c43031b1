package com.lumenbridge.store.appointment.domain;

/** The requested slot cannot be booked at all: a service the store does not book, a time outside its slots, or the past. */
public class SlotNotBookable extends RuntimeException {

    private final String field;
    private final String rule;

    public SlotNotBookable(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The booking field the rule concerns, {@code service} or {@code slotStart}. */
    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
