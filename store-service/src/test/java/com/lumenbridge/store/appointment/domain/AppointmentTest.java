package com.lumenbridge.store.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.store.location.domain.Location;
import com.lumenbridge.store.location.domain.Offering;
import com.lumenbridge.store.location.domain.OpeningHours;
import com.lumenbridge.store.visitor.domain.Visitor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final Instant BOOKED_AT = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant SLOT = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant SLOT_END = SLOT.plus(Duration.ofMinutes(30));
    private static final Visitor LI = new Visitor("li@example.com", null, "Li Wei", true, true, false);

    private static Appointment booked() {
        Location store = SlotsTest.store(ZoneId.of("Asia/Shanghai"), Map.of(DayOfWeek.MONDAY,
            List.of(new OpeningHours.Interval(LocalTime.of(9, 0), LocalTime.of(18, 0)))), 30);
        return Appointment.book("a-1", store, Offering.SHOWROOM, SLOT, LI, List.of("A60-9W", "A60-9W", "GU10"), BOOKED_AT);
    }

    @Test
    void aBookingHoldsItsSlotVisitorAndDistinctProducts() {
        Appointment a = booked();

        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.slotStart()).isEqualTo(SLOT);
        assertThat(a.slotEnd()).isEqualTo(SLOT_END);
        assertThat(a.dealerId()).isEqualTo("dealer");
        assertThat(a.products()).containsExactly("A60-9W", "GU10");
    }

    @Test
    void aBookedAppointmentIsCancelledUntilItsSlotEnds() {
        assertThat(booked().cancel(BOOKED_AT).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(booked().cancel(SLOT_END.minusSeconds(1)).changedAt()).isEqualTo(SLOT_END.minusSeconds(1));
        assertThatThrownBy(() -> booked().cancel(SLOT_END)).isInstanceOf(AppointmentRuleBroken.class)
            .hasMessageContaining("the slot has ended");
    }

    @Test
    void aVisitorIsCheckedInFromAnHourBeforeTheSlotOn() {
        assertThat(booked().attend(SLOT.minus(Duration.ofHours(1))).status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(booked().attend(SLOT_END.plus(Duration.ofHours(3))).changedAt()).isEqualTo(SLOT_END.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> booked().attend(SLOT.minus(Duration.ofMinutes(61)))).isInstanceOf(AppointmentRuleBroken.class)
            .hasMessageContaining("at most 60 minutes early");
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheSlotHasStarted() {
        assertThat(booked().markNoShow(SLOT).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThatThrownBy(() -> booked().markNoShow(SLOT.minusSeconds(1))).isInstanceOf(AppointmentRuleBroken.class)
            .hasMessageContaining("has not started yet");
    }

    static Stream<Arguments> everyVerbFromEveryFinalStatus() {
        Map<String, BiFunction<Appointment, Instant, Appointment>> verbs = Map.of(
            "cancel", Appointment::cancel, "attend", Appointment::attend, "markNoShow", Appointment::markNoShow);
        Map<AppointmentStatus, Appointment> finals = Map.of(
            AppointmentStatus.CANCELLED, booked().cancel(BOOKED_AT),
            AppointmentStatus.ATTENDED, booked().attend(SLOT),
            AppointmentStatus.NO_SHOW, booked().markNoShow(SLOT));
        return finals.entrySet().stream().flatMap(f -> verbs.entrySet().stream()
            .map(v -> Arguments.of(f.getKey(), v.getKey(), f.getValue(), v.getValue())));
    }

    @ParameterizedTest(name = "{1} on a {0} appointment is refused")
    @MethodSource("everyVerbFromEveryFinalStatus")
    void aFinishedAppointmentChangesNoMore(AppointmentStatus status, String verb, Appointment finished,
            BiFunction<Appointment, Instant, Appointment> change) {
        assertThat(finished.status()).isEqualTo(status);

        assertThatThrownBy(() -> change.apply(finished, SLOT)).isInstanceOf(AppointmentRuleBroken.class)
            .hasMessageContaining("only a booked appointment").hasMessageContaining("(it is " + status + ")");
    }
}
