package com.lumenbridge.store.appointment.domain;

import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import com.lumenbridge.store.visitor.domain.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A visitor's booking of one slot at one store. It is made {@link #book booked} and ends through one of
 * its verbs, each of which checks the status and the time and returns the next appointment or throws
 * {@link AppointmentRuleBroken}.
 */
public record Appointment(
    String id,
    String storeId,
    String dealerId,
    Offering service,
    Instant slotStart,
    Instant slotEnd,
    Visitor visitor,
    List<String> products,
    AppointmentStatus status,
    Instant bookedAt,
    Instant changedAt) {

    /** A visitor may be checked in this long before the slot starts. */
    public static final Duration EARLY_ARRIVAL = Duration.ofHours(1);
    public static final int MAX_PRODUCTS = 50;

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(slotStart, "slotStart");
        Objects.requireNonNull(slotEnd, "slotEnd");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bookedAt, "bookedAt");
        Objects.requireNonNull(changedAt, "changedAt");
        products = List.copyOf(products);
        if (!slotEnd.isAfter(slotStart)) {
            throw new IllegalArgumentException("slotEnd must be after slotStart");
        }
        if (products.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException("at most " + MAX_PRODUCTS + " products");
        }
    }

    /** Books {@code slotStart} at {@code store}, if that is a future slot of a service the store books by appointment. */
    public static Appointment book(String id, Location store, Offering service, Instant slotStart, Visitor visitor,
            List<String> products, Instant now) {
        OpeningHours.Slot slot = Slots.bookable(store, service, slotStart, now);
        return new Appointment(id, store.id(), store.tenantId(), service, slot.start(), slot.end(), visitor,
            products.stream().distinct().toList(), AppointmentStatus.BOOKED, now, now);
    }

    /** The visitor or the dealer calls it off; possible until the slot has ended. */
    public Appointment cancel(Instant now) {
        requireBooked("only a booked appointment can be cancelled");
        if (!now.isBefore(slotEnd)) {
            throw new AppointmentRuleBroken(id, "the slot has ended; mark the appointment attended or no-show instead");
        }
        return with(AppointmentStatus.CANCELLED, now);
    }

    /** The visitor came: possible from {@link #EARLY_ARRIVAL} before the slot on. */
    public Appointment attend(Instant now) {
        requireBooked("only a booked appointment can be attended");
        if (now.isBefore(slotStart.minus(EARLY_ARRIVAL))) {
            throw new AppointmentRuleBroken(id, "the slot starts at " + slotStart + "; a visitor is checked in at most "
                + EARLY_ARRIVAL.toMinutes() + " minutes early");
        }
        return with(AppointmentStatus.ATTENDED, now);
    }

    /** The visitor did not come: possible once the slot has started. */
    public Appointment markNoShow(Instant now) {
        requireBooked("only a booked appointment can be marked no-show");
        if (now.isBefore(slotStart)) {
            throw new AppointmentRuleBroken(id, "the slot has not started yet (it starts at " + slotStart + ")");
        }
        return with(AppointmentStatus.NO_SHOW, now);
    }

    private void requireBooked(String rule) {
        if (status != AppointmentStatus.BOOKED) {
            throw new AppointmentRuleBroken(id, rule + " (it is " + status + ")");
        }
    }

    private Appointment with(AppointmentStatus next, Instant now) {
        return new Appointment(id, storeId, dealerId, service, slotStart, slotEnd, visitor, products, next, bookedAt, now);
    }
}
