package com.lumenbridge.store.appointment.application;

import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.store.AppointmentAttended;
import com.lumenbridge.platform.events.store.AppointmentBooked;
import com.lumenbridge.platform.events.store.AppointmentCancelled;
import com.lumenbridge.platform.events.store.AppointmentNoShow;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.store.appointment.domain.Appointment;
import com.lumenbridge.store.appointment.domain.AppointmentRuleBroken;
import com.lumenbridge.store.appointment.domain.AppointmentStatus;
import com.lumenbridge.store.appointment.domain.SlotNotBookable;
import com.lumenbridge.store.appointment.domain.Slots;
import com.lumenbridge.store.appointment.persistence.Appointments;
import com.lumenbridge.store.appointment.persistence.SlotPlaces;
import com.lumenbridge.store.common.Page;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import com.lumenbridge.store.visitor.application.VisitorEvents;
import com.lumenbridge.store.visitor.domain.Visitor;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appointments of a dealer's store. Booking takes a place in the slot first (a guarded {@code $inc}
 * that never passes the capacity), then writes the appointment with its event; a place whose
 * appointment never got written, or was cancelled without giving the place back, is given back by
 * {@link #repair}. Only the owning dealer books: walk-ins, phone calls and bookings it takes for its
 * own web shop all go through the dealer.
 */
public class AppointmentService {

    private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);
    public static final URI SLOT_FULL = ProblemTypes.of("slot-full");
    public static final URI APPOINTMENT_STATE = ProblemTypes.of("appointment-state");
    public static final URI IDEMPOTENCY_KEY_REUSED = ProblemTypes.of("idempotency-key-reused");
    public static final String METER = "lumenbridge.store.appointments";
    private static final int MAX_ATTEMPTS = 5;

    private final Appointments appointments;
    private final SlotPlaces places;
    private final LocationService locations;
    private final Clock clock;
    private final MeterRegistry meters;

    public AppointmentService(Appointments appointments, SlotPlaces places, LocationService locations, Clock clock,
            MeterRegistry meters) {
        this.appointments = appointments;
        this.places = places;
        this.locations = locations;
        this.clock = clock;
        this.meters = meters;
    }

    /** Every slot of {@code date} (in the store's zone) for {@code service}, with the places still free. */
    public SlotDay slots(Caller caller, String storeId, LocalDate date, Offering service) {
        Location store = locations.readOwned(caller, storeId);
        if (!Slots.isBookable(service) || !store.services().contains(service)) {
            throw new InvalidInput("service", "this store books " + store.services().stream().filter(Slots::isBookable)
                .map(Enum::name).sorted().toList() + " by appointment");
        }
        List<OpeningHours.Slot> slots = Slots.of(store, date);
        Map<String, Integer> booked = places.booked(slots.stream()
            .map(s -> SlotPlaces.key(store.id(), service.name(), s.start())).toList());
        Instant now = clock.instant();
        List<SlotView> views = slots.stream().map(s -> {
            int taken = booked.getOrDefault(SlotPlaces.key(store.id(), service.name(), s.start()), 0);
            return new SlotView(s.start(), s.end(), store.capacity(), taken, Math.max(0, store.capacity() - taken),
                s.start().isAfter(now));
        }).toList();
        return new SlotDay(store, date, service, views);
    }

    /**
     * Books a place. With an {@code idempotencyKey} the appointment's id is derived from the store and the
     * key, so a retried request answers with the appointment it already booked and takes no second place.
     */
    public Appointment book(Caller caller, String storeId, String idempotencyKey, Booking booking) {
        caller.require(Scope.INVENTORY_WRITE);
        Location store = locations.owned(caller, storeId);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
            : UUID.nameUUIDFromBytes((store.id() + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        Optional<Appointment> earlier = appointments.find(store.id(), id);
        if (earlier.isPresent()) {
            return sameBooking(earlier.get(), booking, idempotencyKey);
        }
        Appointment appointment;
        try {
            appointment = Appointment.book(id, store, booking.service(), booking.slotStart(), booking.visitor(),
                booking.products(), clock.instant());
        } catch (SlotNotBookable e) {
            throw new InvalidInput(e.field(), e.rule());
        }
        if (!places.take(store.id(), appointment.service().name(), appointment.slotStart(), store.capacity(), appointment.id())) {
            count("refused");
            throw new Conflict(SLOT_FULL, "the " + appointment.service() + " slot at " + appointment.slotStart()
                + " is fully booked (" + store.capacity() + " places)");
        }
        boolean written;
        try {
            written = appointments.insert(appointment, List.of(new AppointmentBooked(appointment.id(), store.id(),
                store.tenantId(), store.manufacturers(), appointment.service().name(), appointment.slotStart(),
                appointment.slotEnd(), appointment.products(), VisitorEvents.toEvent(appointment.visitor()))));
        } catch (RuntimeException e) {
            places.giveBack(slotKey(appointment), appointment.id());
            throw e;
        }
        if (!written) {
            // the same retried booking was written meanwhile; the place it holds is that appointment's
            return sameBooking(appointments.find(store.id(), id).orElseThrow(), booking, idempotencyKey);
        }
        count("booked");
        return appointment;
    }

    private static Appointment sameBooking(Appointment earlier, Booking booking, String idempotencyKey) {
        if (!earlier.slotStart().equals(booking.slotStart()) || earlier.service() != booking.service()
                || !earlier.visitor().equals(booking.visitor())) {
            throw new Conflict(IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + idempotencyKey
                + "' was used for another booking at this store");
        }
        return earlier;
    }

    public Page<Appointment> list(Caller caller, String storeId, LocalDate date, AppointmentStatus status, PageRequest page) {
        Location store = locations.readOwned(caller, storeId);
        Instant from = date.atStartOfDay(store.hours().zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(store.hours().zone()).toInstant();
        return appointments.between(store.id(), from, to, status, page);
    }

    public Appointment get(Caller caller, String storeId, String appointmentId) {
        Location store = locations.readOwned(caller, storeId);
        return appointments.find(store.id(), appointmentId).orElseThrow(() -> new NotFound("Appointment", appointmentId));
    }

    public Appointment cancel(Caller caller, String storeId, String appointmentId) {
        Appointment cancelled = change(caller, storeId, appointmentId, (a, now) -> a.cancel(now),
            a -> new AppointmentCancelled(a.id(), a.storeId(), a.dealerId(), a.slotStart(), a.changedAt()), "cancelled");
        places.giveBack(slotKey(cancelled), cancelled.id());
        return cancelled;
    }

    public Appointment attend(Caller caller, String storeId, String appointmentId) {
        return change(caller, storeId, appointmentId, (a, now) -> a.attend(now),
            a -> new AppointmentAttended(a.id(), a.storeId(), a.dealerId(), a.slotStart(), a.changedAt()), "attended");
    }

    public Appointment markNoShow(Caller caller, String storeId, String appointmentId) {
        return change(caller, storeId, appointmentId, (a, now) -> a.markNoShow(now),
            a -> new AppointmentNoShow(a.id(), a.storeId(), a.dealerId(), a.slotStart(), a.changedAt()), "no_show");
    }

    /** Whether the store still has a booked appointment whose slot has not ended. */
    public boolean hasUpcoming(String storeId) {
        return appointments.hasUpcoming(storeId, clock.instant());
    }

    /**
     * Gives back every place of a slot not yet started that was taken more than {@code staleAfter} ago
     * and whose appointment does not exist (the write after taking it failed or the process died) or
     * was cancelled (the process died before giving it back). Returns how many it gave back.
     */
    public int repair(Duration staleAfter) {
        List<SlotPlaces.Place> candidates = places.placesToCheck(clock.instant().minus(staleAfter), 500);
        if (candidates.isEmpty()) {
            return 0;
        }
        Map<String, AppointmentStatus> statuses = appointments.statuses(
            candidates.stream().map(SlotPlaces.Place::appointmentId).collect(Collectors.toSet()));
        int repaired = 0;
        for (SlotPlaces.Place place : candidates) {
            AppointmentStatus status = statuses.get(place.appointmentId());
            if ((status == null || status == AppointmentStatus.CANCELLED) && places.giveBack(place.key(), place.appointmentId())) {
                log.info("Gave back the place of appointment {} in slot {} ({})", place.appointmentId(), place.key(),
                    status == null ? "never written" : "cancelled");
                repaired++;
            }
        }
        return repaired;
    }

    private Appointment change(Caller caller, String storeId, String appointmentId,
            BiFunction<Appointment, Instant, Appointment> verb,
            Function<Appointment, IntegrationEvent> event, String outcome) {
        caller.require(Scope.INVENTORY_WRITE);
        Location store = locations.owned(caller, storeId);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Appointment current = appointments.find(store.id(), appointmentId)
                .orElseThrow(() -> new NotFound("Appointment", appointmentId));
            Appointment next;
            try {
                next = verb.apply(current, clock.instant());
            } catch (AppointmentRuleBroken e) {
                throw new Conflict(APPOINTMENT_STATE, e.getMessage());
            }
            if (appointments.transition(current.status(), next, List.of(event.apply(next)))) {
                count(outcome);
                return next;
            }
        }
        throw new Conflict(APPOINTMENT_STATE, "appointment '" + appointmentId + "' keeps changing; try again");
    }

    private static String slotKey(Appointment a) {
        return SlotPlaces.key(a.storeId(), a.service().name(), a.slotStart());
    }

    private void count(String outcome) {
        meters.counter(METER, "outcome", outcome).increment();
    }

    /** What the dealer asks to book, already read and checked field by field. */
    public record Booking(Instant slotStart, Offering service, Visitor visitor, List<String> products) {

        public Booking {
            products = List.copyOf(products);
        }
    }

    /** One slot and the places left in it; {@code bookable} is false once it has started. */
    public record SlotView(Instant start, Instant end, int capacity, int booked, int free, boolean bookable) {
    }

    /** The slots of one day and service at one store. */
    public record SlotDay(Location store, LocalDate date, Offering service, List<SlotView> slots) {
    }

    /** The outcomes counted under {@link #METER}, so a dashboard sees every series from the start. */
    public static Set<String> outcomes() {
        return Set.of("booked", "refused", "cancelled", "attended", "no_show");
    }
}
