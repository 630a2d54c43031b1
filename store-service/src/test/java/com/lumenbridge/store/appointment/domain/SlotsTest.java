package com.lumenbridge.store.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.store.location.domain.Address;
import com.lumenbridge.store.location.domain.GeoPoint;
import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.LocationType;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotsTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Instant BEFORE = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void cutsEachOpeningIntervalIntoSlotsOfTheStoresLengthInItsOwnTimeZone() {
        Location store = store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY, List.of(interval(9, 0, 12, 0),
            interval(13, 0, 18, 0))), 30);

        List<OpeningHours.Slot> slots = Slots.of(store, MONDAY);

        assertThat(slots).hasSize(6 + 10);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
        assertThat(slots.get(0).end()).isEqualTo(Instant.parse("2026-12-07T01:30:00Z"));
        assertThat(slots.get(5).end()).isEqualTo(Instant.parse("2026-12-07T04:00:00Z"));
        assertThat(slots.get(6).start()).isEqualTo(Instant.parse("2026-12-07T05:00:00Z"));
        assertThat(slots.get(15).end()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(Slots.of(store, MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void aSlotThatWouldRunPastClosingIsNotOffered() {
        Location store = store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY, List.of(interval(9, 0, 11, 0))), 45);

        assertThat(Slots.of(store, MONDAY)).extracting(OpeningHours.Slot::start)
            .containsExactly(Instant.parse("2026-12-07T01:00:00Z"), Instant.parse("2026-12-07T01:45:00Z"));
    }

    @Test
    void followsTheStoresClockAcrossTheSpringForwardDay() {
        Location berlin = store(ZoneId.of("Europe/Berlin"), Map.of(DayOfWeek.SUNDAY, List.of(interval(9, 0, 11, 0))), 60);

        assertThat(Slots.of(berlin, LocalDate.of(2026, 3, 22))).extracting(OpeningHours.Slot::start)
            .containsExactly(Instant.parse("2026-03-22T08:00:00Z"), Instant.parse("2026-03-22T09:00:00Z"));
        assertThat(Slots.of(berlin, LocalDate.of(2026, 3, 29))).extracting(OpeningHours.Slot::start)
            .containsExactly(Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void aLocalStartThatDoesNotExistOnTheSpringForwardDayIsNoSlotAndNoSlotIsOfferedTwice() {
        Location night = store(ZoneId.of("Europe/Berlin"), Map.of(DayOfWeek.SUNDAY, List.of(interval(1, 0, 4, 0))), 60);

        List<OpeningHours.Slot> slots = Slots.of(night, LocalDate.of(2026, 3, 29));

        assertThat(slots).extracting(OpeningHours.Slot::start)
            .containsExactly(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(slots).extracting(OpeningHours.Slot::end)
            .containsExactly(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T02:00:00Z"));
    }

    @Test
    void aFutureSlotOfAnOfferedServiceIsBookable() {
        Location store = store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY, List.of(interval(9, 0, 18, 0))), 30);

        OpeningHours.Slot slot = Slots.bookable(store, Offering.SHOWROOM, Instant.parse("2026-12-07T02:30:00Z"), BEFORE);

        assertThat(slot.end()).isEqualTo(Instant.parse("2026-12-07T03:00:00Z"));
    }

    @Test
    void refusesAPastSlot() {
        Location store = store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY, List.of(interval(9, 0, 18, 0))), 30);
        Instant start = Instant.parse("2026-12-07T02:30:00Z");

        assertRefused(() -> Slots.bookable(store, Offering.SHOWROOM, start, start), "slotStart", "is in the past");
        assertRefused(() -> Slots.bookable(store, Offering.SHOWROOM, start, start.plusSeconds(1)), "slotStart", "is in the past");
    }

    @Test
    void refusesAStartOutsideTheOpeningHoursOrOffTheSlotGrid() {
        Location store = store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY, List.of(interval(9, 0, 18, 0))), 30);

        assertRefused(() -> Slots.bookable(store, Offering.SHOWROOM, Instant.parse("2026-12-07T12:00:00Z"), BEFORE),
            "slotStart", "is not the start of a 30-minute slot within the store's opening hours");
        assertRefused(() -> Slots.bookable(store, Offering.SHOWROOM, Instant.parse("2026-12-07T02:10:00Z"), BEFORE),
            "slotStart", "is not the start");
        assertRefused(() -> Slots.bookable(store, Offering.SHOWROOM, Instant.parse("2026-12-08T02:00:00Z"), BEFORE),
            "slotStart", "is not the start");
    }

    @Test
    void refusesServicesThatAreNotBookedBySlotOrNotOffered() {
        Location store = store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY, List.of(interval(9, 0, 18, 0))), 30);
        Instant start = Instant.parse("2026-12-07T02:00:00Z");

        assertRefused(() -> Slots.bookable(store, Offering.PICKUP, start, BEFORE), "service", "only SHOWROOM and CONSULTATION");
        assertRefused(() -> Slots.bookable(store, Offering.CONSULTATION, start, BEFORE), "service", "does not offer CONSULTATION");
    }

    private static void assertRefused(Runnable attempt, String field, String rule) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(SlotNotBookable.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).contains(rule);
        });
    }

    private static OpeningHours.Interval interval(int openH, int openM, int closeH, int closeM) {
        return new OpeningHours.Interval(LocalTime.of(openH, openM), LocalTime.of(closeH, closeM));
    }

    static Location store(ZoneId zone, Map<DayOfWeek, List<OpeningHours.Interval>> days, int slotMinutes) {
        return Location.register("s1", "dealer", TenantKind.DEALER, LocationType.STORE, "Hall",
            new Address("1 St", null, "Shanghai", null, "CN"), new GeoPoint(31, 121), new OpeningHours(zone, days),
            Set.of(Offering.SHOWROOM, Offering.PICKUP), List.of(), slotMinutes, 2, m -> true, BEFORE);
    }
}
