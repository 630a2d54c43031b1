package com.lumenbridge.crm.profile.domain;

import static com.lumenbridge.crm.profile.domain.Histories.T0;
import static com.lumenbridge.crm.profile.domain.Histories.line;
import static com.lumenbridge.crm.profile.domain.Histories.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivationTest {

    @Test
    void derivesCountsValuePreferencesChannelAndStoreFromTheHistory() {
        Profile p = Profile.open("p", "m", T0);
        p.recordOrder(order("o1", "DELIVERY", null, History.OrderStatus.CONFIRMED, 1_600, T0,
            line("A60-27", 4, 400, "bulb", "MASS", 2700)));
        p.recordOrder(order("o2", "RESERVE_AND_TRY", "store-b", History.OrderStatus.CLOSED_NO_SALE, 9_000, T0.plusSeconds(10),
            line("PANEL-40", 3, 3_000, "panel", "MASS", 4000)));
        p.recordOrder(order("o3", "PICKUP", "store-a", History.OrderStatus.PENDING, 700, T0.plusSeconds(20),
            line("GU10", 1, 700, "spotlight", "MASS", 4000)));
        p.recordSale(new History.SaleEntry("s1", "store-a", List.of(line("PANEL-40", 2, 3_000, "panel", "MASS", 4000),
            line("UNKNOWN", 1, 0, null, null, null)), T0.plusSeconds(30)));
        p.recordVisit(new History.VisitEntry("v1", "store-b", T0.plusSeconds(40)));
        p.recordAppointment(new History.AppointmentEntry("a1", "store-a", "CONSULTATION", T0.plusSeconds(50),
            History.AppointmentStatus.ATTENDED, T0.plusSeconds(50)));
        p.recordAppointment(new History.AppointmentEntry("a2", "store-b", "SHOWROOM", T0.plusSeconds(60),
            History.AppointmentStatus.CANCELLED, T0.plusSeconds(60)));

        Derived d = Derivation.of(p.state().history());

        assertThat(d.orderCount()).isEqualTo(2);
        assertThat(d.onlineOrders()).isEqualTo(1);
        assertThat(d.offlineSales()).isEqualTo(1);
        assertThat(d.orderValueMinor()).isEqualTo(1_600 + 6_000);
        assertThat(d.lastActivityAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(d.lastPurchaseAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(d.channelMix()).isEqualTo(ChannelMix.BOTH);
        assertThat(d.preferredStore()).isEqualTo("store-a");
        assertThat(d.categoryUnits()).isEqualTo(Map.of("bulb", 4, "panel", 2));
        assertThat(d.preferredCategory()).isEqualTo("bulb");
        assertThat(d.cctBandUnits()).isEqualTo(Map.of("warm", 4, "neutral", 2));
        assertThat(d.preferredCctKelvin()).isEqualTo(2700);
        assertThat(d.priceBandUnits()).isEqualTo(Map.of("under-10", 5, "25-50", 2));
        assertThat(d.preferredPriceBand()).isEqualTo("under-10");
        assertThat(d.visitCount()).isEqualTo(1);
        assertThat(d.appointmentCount()).isEqualTo(1);
        assertThat(d.maxLineQuantity()).isEqualTo(4);
    }

    @Test
    void tiesGoToTheSmallestValueSoTheAnswerNeverDependsOnOrder() {
        assertThat(Derivation.top(Map.of("panel", 2, "bulb", 2, "tube", 1))).isEqualTo("bulb");
        assertThat(Derivation.top(Map.<String, Integer>of())).isNull();
    }

    @Test
    void onlineOnlyOfflineOnlyAndNothingYet() {
        Profile online = Profile.open("a", "m", T0);
        online.recordOrder(order("o", "DELIVERY", null, History.OrderStatus.PENDING, 100, T0, line("X", 1, 100, null, null, null)));
        Profile offline = Profile.open("b", "m", T0);
        offline.recordVisit(new History.VisitEntry("v", "s", T0));

        assertThat(Derivation.of(online.state().history()).channelMix()).isEqualTo(ChannelMix.ONLINE);
        assertThat(Derivation.of(offline.state().history()).channelMix()).isEqualTo(ChannelMix.OFFLINE);
        assertThat(Derivation.of(History.EMPTY).channelMix()).isEqualTo(ChannelMix.NONE);
    }

    @Test
    void linesOfAProductUnknownWhenBoughtCountOnceTheProductIsKnown() {
        Profile p = Profile.open("p", "m", T0);
        p.recordOrder(order("o1", "DELIVERY", null, History.OrderStatus.CONFIRMED, 1_600, T0,
            new PurchaseLine("HB-50", 20, 80L, null, null, null)));
        p.recordSale(new History.SaleEntry("s1", "store-a", List.of(new PurchaseLine("HB-50", 2, null, null, null, null),
            line("A60-27", 1, 400, "bulb", "MASS", 2700)), T0.plusSeconds(30)));
        p.refresh(T0.plusSeconds(60));
        assertThat(p.state().derived().preferredCategory()).isEqualTo("bulb");

        p.productKnown(new ProductFacts("HB-50", "high-bay", "PROFESSIONAL", 5000, 15_000L));
        p.refresh(T0.plusSeconds(60));

        assertThat(p.state().history().orders().get("o1").lines()).containsExactly(
            new PurchaseLine("HB-50", 20, 80L, "high-bay", "PROFESSIONAL", 5000));
        assertThat(p.state().history().sales().get("s1").lines()).containsExactly(
            new PurchaseLine("HB-50", 2, 15_000L, "high-bay", "PROFESSIONAL", 5000),
            line("A60-27", 1, 400, "bulb", "MASS", 2700));
        assertThat(p.state().derived().preferredCategory()).isEqualTo("high-bay");
        assertThat(p.state().classification().type()).isEqualTo(CustomerType.PROFESSIONAL);
    }
}
