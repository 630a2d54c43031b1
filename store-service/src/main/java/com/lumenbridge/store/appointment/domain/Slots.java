package com.lumenbridge.store.appointment.domain;

import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bookable slots of a store: its opening hours cut into its slot length, in its own time zone. */
public final class Slots {

    private Slots() {
    }

    /** Only showroom visits and consultations are booked by slot; pickups and installations are not. */
    public static boolean isBookable(Offering service) {
        return service == Offering.SHOWROOM || service == Offering.CONSULTATION;
    }

    /** Every slot of {@code date} (a date in the store's zone), past or not. */
    public static List<OpeningHours.Slot> of(Location store, LocalDate date) {
        return store.hours().slotsOn(date, store.slotMinutes());
    }

    /** The store's local date of an instant. */
    public static LocalDate dateOf(Location store, Instant at) {
        return at.atZone(store.hours().zone()).toLocalDate();
    }

    /**
     * The slot starting at {@code start} if a visitor may book it for {@code service} at {@code now};
     * otherwise throws {@link SlotNotBookable} naming the rule.
     */
    public static OpeningHours.Slot bookable(Location store, Offering service, Instant start, Instant now) {
        if (!isBookable(service)) {
            throw new SlotNotBookable("service", "only SHOWROOM and CONSULTATION are booked by appointment");
        }
        if (store.type() != LocationType.STORE || !store.services().contains(service)) {
            throw new SlotNotBookable("service", "this store does not offer " + service);
        }
        OpeningHours.Slot slot = of(store, dateOf(store, start)).stream().filter(s -> s.start().equals(start)).findFirst()
            .orElseThrow(() -> new SlotNotBookable("slotStart",
                "is not the start of a " + store.slotMinutes() + "-minute slot within the store's opening hours"));
        if (!slot.start().isAfter(now)) {
            throw new SlotNotBookable("slotStart", "is in the past");
        }
        return slot;
    }
}
