package com.lumenbridge.crm.profile.domain;

import static com.lumenbridge.crm.profile.domain.Histories.T0;
import static com.lumenbridge.crm.profile.domain.Histories.line;
import static com.lumenbridge.crm.profile.domain.Histories.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationPolicyTest {

    private static Classification classify(Profile profile) {
        profile.refresh(T0);
        return profile.state().classification();
    }

    @Test
    void aHouseholdBuyingBulbsIsMassWithTheReasonRecorded() {
        Profile p = Profile.open("p", "m", T0);
        p.recordOrder(order("o1", "DELIVERY", null, History.OrderStatus.CONFIRMED, 1200, T0,
            line("A60", 3, 400, "bulb", "MASS", 2700)));

        assertThat(classify(p)).isEqualTo(new Classification(CustomerType.MASS, List.of("NO_PROFESSIONAL_SIGNAL")));
    }

    @Test
    void aTradeAccountInTheLegacyCrmIsProfessional() {
        Profile p = Profile.open("p", "m", T0);
        p.recordLegacy(new History.LegacyEntry("legacy:42", "42", true, null));

        assertThat(classify(p)).isEqualTo(new Classification(CustomerType.PROFESSIONAL,
            List.of("TRADE_ACCOUNT: flagged as a trade account in the legacy CRM")));
    }

    @Test
    void halfOrMoreOfTheUnitsBeingProfessionalSkusIsProfessional() {
        Profile p = Profile.open("p", "m", T0);
        p.recordOrder(order("o1", "DELIVERY", null, History.OrderStatus.CONFIRMED, 30_000, T0,
            line("HB-150", 2, 12_000, "high-bay", "PROFESSIONAL", 5000), line("A60", 2, 400, "bulb", "MASS", 2700)));

        assertThat(classify(p)).isEqualTo(new Classification(CustomerType.PROFESSIONAL,
            List.of("PROFESSIONAL_SKU_SHARE: 50 % of 4 units bought are professional SKUs")));
    }

    @Test
    void oneProfessionalUnitAloneDoesNotDecide() {
        Profile p = Profile.open("p", "m", T0);
        p.recordOrder(order("o1", "DELIVERY", null, History.OrderStatus.CONFIRMED, 12_000, T0,
            line("HB-150", 1, 12_000, "high-bay", "PROFESSIONAL", 5000)));

        assertThat(classify(p).type()).isEqualTo(CustomerType.MASS);
    }

    @Test
    void aProjectSizeLineIsProfessionalAndEveryReasonIsKept() {
        Profile p = Profile.open("p", "m", T0);
        p.recordLegacy(new History.LegacyEntry("legacy:7", "7", true, null));
        p.recordSale(new History.SaleEntry("s1", "store-1", List.of(line("PANEL-40", 48, 3_000, "panel", "MASS", 4000)), T0));

        assertThat(classify(p).reasons()).containsExactly(
            "TRADE_ACCOUNT: flagged as a trade account in the legacy CRM",
            "PROJECT_QUANTITY: a line of 48 units");
    }

    @Test
    void ordersThatWereNeverBoughtDoNotCount() {
        Profile p = Profile.open("p", "m", T0);
        p.recordOrder(order("o1", "PICKUP", "store-1", History.OrderStatus.CANCELLED, 90_000, T0,
            line("PANEL-40", 30, 3_000, "panel", "PROFESSIONAL", 4000)));

        assertThat(classify(p).type()).isEqualTo(CustomerType.MASS);
    }
}
