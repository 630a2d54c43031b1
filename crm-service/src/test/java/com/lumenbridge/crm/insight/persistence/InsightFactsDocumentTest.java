package com.lumenbridge.crm.insight.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.crm.insight.domain.InsightFacts;
import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.Profile;
import com.lumenbridge.crm.profile.domain.PurchaseLine;
import com.lumenbridge.crm.profile.domain.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightFactsDocumentTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Profile person(boolean analytics) {
        Profile p = Profile.open("p", "m", T0);
        p.consent(Purpose.ANALYTICS, new Consent(analytics, "STORE", T0));
        p.recordAppointment(new History.AppointmentEntry("a1", "store-a", "CONSULTATION", T0, History.AppointmentStatus.ATTENDED, T0));
        p.recordSale(new History.SaleEntry("s1", "store-a", List.of(new PurchaseLine("A60", 2, 400L, "bulb", "MASS", 2700)),
            T0.plus(Duration.ofDays(2))));
        p.recordOrder(new History.OrderEntry("t1", "RESERVE_AND_TRY", "store-b", History.OrderStatus.CLOSED_NO_SALE, 3_000,
            "EUR", List.of(new PurchaseLine("PANEL", 1, 3_000L, "panel", "MASS", 4000)), T0, T0));
        p.refresh(T0);
        return p;
    }

    @Test
    void readsBackTheFactsItWroteForAProfile() {
        Profile p = person(true);

        InsightFacts read = InsightFactsDocument.read(InsightFactsDocument.of(p.state()));

        assertThat(read).isEqualTo(InsightFacts.of(p.state()).orElseThrow());
        assertThat(read.appointments()).containsExactly(new InsightFacts.StoreAppointments("store-a", 1, 1));
        assertThat(read.triesClosed()).isEqualTo(1);
        assertThat(read.offlineSales()).isEqualTo(1);
        assertThat(read.preferredCategory()).isEqualTo("bulb");
    }

    @Test
    void aProfileWithoutAnalyticsConsentHasNoFacts() {
        assertThat(InsightFactsDocument.of(person(false).state())).isNull();
    }
}
