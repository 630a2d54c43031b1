package com.lumenbridge.crm.insight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.Profile;
import com.lumenbridge.crm.profile.domain.PurchaseLine;
import com.lumenbridge.crm.profile.domain.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Profile person(String id, boolean analytics) {
        Profile p = Profile.open(id, "m", T0);
        p.consent(Purpose.ANALYTICS, new Consent(analytics, "STORE", T0));
        return p;
    }

    private static History.OrderEntry tryOrder(String id, String store, History.OrderStatus status, Instant at) {
        return new History.OrderEntry(id, "RESERVE_AND_TRY", store, status, 3_000, "EUR",
            List.of(new PurchaseLine("PANEL", 1, 3_000L, "panel", "MASS", 4000)), at, at);
    }

    @Test
    void countsOnlyPeopleWhoAllowedAnalytics() {
        Profile yes = person("yes", true);
        yes.recordSale(new History.SaleEntry("s", "store-a", List.of(new PurchaseLine("A60", 2, 400L, "bulb", "MASS", 2700)), T0));
        Profile no = person("no", false);
        no.recordSale(new History.SaleEntry("s2", "store-a", List.of(new PurchaseLine("T8", 9, 900L, "tube", "MASS", 6500)), T0));
        Profile neverAsked = Profile.open("never", "m", T0);
        neverAsked.recordVisit(new History.VisitEntry("v", "store-a", T0));
        InsightCalculator calculator = new InsightCalculator();

        for (Profile p : List.of(yes, no, neverAsked)) {
            p.refresh(T0);
            calculator.add(p.state());
        }
        Insights insights = calculator.result();

        assertThat(insights.profiles()).isEqualTo(1);
        assertThat(insights.preferences().get("category")).isEqualTo(Map.of("bulb", 1L));
        assertThat(insights.channels().offlinePurchases()).isEqualTo(1);
        assertThat(insights.channels().onlinePurchases()).isZero();
        assertThat(insights.channels().offlineShare()).isEqualTo(1.0);
    }

    @Test
    void appointmentsConvertOnAPurchaseInTheSameStoreWithinThirtyDaysAndTriesOnCompletion() {
        Profile p = person("p", true);
        p.recordAppointment(new History.AppointmentEntry("a1", "store-a", "CONSULTATION", T0, History.AppointmentStatus.ATTENDED, T0));
        p.recordAppointment(new History.AppointmentEntry("a2", "store-b", "SHOWROOM", T0, History.AppointmentStatus.NO_SHOW, T0));
        p.recordAppointment(new History.AppointmentEntry("a3", "store-b", "SHOWROOM", T0, History.AppointmentStatus.CANCELLED, T0));
        p.recordSale(new History.SaleEntry("s1", "store-a", List.of(new PurchaseLine("A60", 1, 400L, "bulb", "MASS", 2700)),
            T0.plus(Duration.ofDays(3))));
        p.recordSale(new History.SaleEntry("s2", "store-b", List.of(new PurchaseLine("A60", 1, 400L, "bulb", "MASS", 2700)),
            T0.plus(Duration.ofDays(45))));
        p.recordOrder(tryOrder("t1", "store-a", History.OrderStatus.COMPLETED, T0));
        p.recordOrder(tryOrder("t2", "store-a", History.OrderStatus.CLOSED_NO_SALE, T0));
        p.recordOrder(tryOrder("t3", "store-a", History.OrderStatus.EXPIRED, T0));
        p.recordOrder(tryOrder("t4", "store-a", History.OrderStatus.CANCELLED, T0));
        p.refresh(T0);
        InsightCalculator calculator = new InsightCalculator();

        calculator.add(p.state());
        Insights insights = calculator.result();

        assertThat(insights.appointmentConversion()).containsExactly(
            new Insights.StoreConversion("store-a", 1, 1, 1.0),
            new Insights.StoreConversion("store-b", 1, 0, 0.0));
        assertThat(insights.reserveAndTry()).isEqualTo(new Insights.Conversion(3, 1, 0.3333));
    }
}
