package com.lumenbridge.crm.profile.domain;

import static com.lumenbridge.crm.profile.domain.Histories.line;
import static com.lumenbridge.crm.profile.domain.Histories.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmPolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    /** A known base: who bought what and when, and the scores the thresholds in RfmPolicy give. */
    @Test
    void scoresAKnownSmallBase() {
        Profile loyal = Profile.open("loyal", "m", NOW.minus(Duration.ofDays(400)));
        for (int i = 0; i < 10; i++) {
            loyal.recordOrder(order("l" + i, "DELIVERY", null, History.OrderStatus.CONFIRMED, 15_000,
                NOW.minus(Duration.ofDays(5 + 30L * i)), line("PANEL", 5, 3_000, "panel", "MASS", 4000)));
        }
        Profile lapsed = Profile.open("lapsed", "m", NOW.minus(Duration.ofDays(800)));
        lapsed.recordSale(new History.SaleEntry("s1", "store-1", List.of(line("A60", 2, 450, "bulb", "MASS", 2700)),
            NOW.minus(Duration.ofDays(500))));
        Profile recentPair = Profile.open("pair", "m", NOW.minus(Duration.ofDays(100)));
        recentPair.recordOrder(order("p1", "PICKUP", "store-1", History.OrderStatus.COMPLETED, 30_000,
            NOW.minus(Duration.ofDays(90)), line("TRACK", 10, 3_000, "track", "PROFESSIONAL", 3000)));
        recentPair.recordOrder(order("p2", "PICKUP", "store-1", History.OrderStatus.COMPLETED, 25_000,
            NOW.minus(Duration.ofDays(60)), line("TRACK", 5, 5_000, "track", "PROFESSIONAL", 3000)));
        Profile window = Profile.open("window", "m", NOW.minus(Duration.ofDays(10)));
        window.recordVisit(new History.VisitEntry("v1", "store-1", NOW.minus(Duration.ofDays(1))));

        assertThat(score(loyal)).isEqualTo(new Rfm(5, 5, 5));
        assertThat(score(lapsed)).isEqualTo(new Rfm(1, 1, 1));
        assertThat(score(recentPair)).isEqualTo(new Rfm(4, 2, 4));
        assertThat(score(window)).isEqualTo(Rfm.NONE);
        assertThat(score(recentPair).code()).isEqualTo("424");
    }

    @Test
    void recencyDecaysWithTimeAlone() {
        Profile p = Profile.open("p", "m", NOW);
        p.recordOrder(order("o", "DELIVERY", null, History.OrderStatus.CONFIRMED, 5_000, NOW,
            line("A60", 1, 5_000, "bulb", "MASS", 2700)));
        p.refresh(NOW);
        Derived derived = p.state().derived();

        assertThat(RfmPolicy.score(derived, NOW.plus(Duration.ofDays(30))).recency()).isEqualTo(5);
        assertThat(RfmPolicy.score(derived, NOW.plus(Duration.ofDays(31))).recency()).isEqualTo(4);
        assertThat(RfmPolicy.score(derived, NOW.plus(Duration.ofDays(181))).recency()).isEqualTo(2);
        assertThat(RfmPolicy.score(derived, NOW.plus(Duration.ofDays(366))).recency()).isEqualTo(1);
    }

    private static Rfm score(Profile p) {
        p.refresh(NOW);
        return p.state().rfm();
    }
}
