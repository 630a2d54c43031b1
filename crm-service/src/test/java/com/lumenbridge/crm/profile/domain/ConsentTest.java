package com.lumenbridge.crm.profile.domain;

import static com.lumenbridge.crm.profile.domain.Histories.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentTest {

    @Test
    void neverAskedCountsAsNotGiven() {
        assertThat(Consents.NONE.granted(Purpose.ANALYTICS)).isFalse();
        assertThat(Profile.open("p", "m", T0).state().analyticsAllowed()).isFalse();
    }

    @Test
    void aNewerDecisionReplacesAnOlderOneAndAnOlderOneIsIgnored() {
        Consents consents = Consents.NONE
            .with(Purpose.ANALYTICS, new Consent(true, "STORE", T0))
            .with(Purpose.ANALYTICS, new Consent(false, "CHECKOUT", T0.plusSeconds(10)))
            .with(Purpose.ANALYTICS, new Consent(true, "LEGACY_IMPORT", T0.minusSeconds(10)));

        assertThat(consents.analytics()).isEqualTo(new Consent(false, "CHECKOUT", T0.plusSeconds(10)));
        assertThat(consents.marketing()).isNull();
    }

    @Test
    void theSameAnswerAgainKeepsTheOriginalSourceAndTime() {
        Consents consents = Consents.NONE
            .with(Purpose.MARKETING, new Consent(true, "STORE", T0))
            .with(Purpose.MARKETING, new Consent(true, "CHECKOUT", T0.plusSeconds(10)));

        assertThat(consents.marketing()).isEqualTo(new Consent(true, "STORE", T0));
    }

    @Test
    void analyticsIsAllowedOnlyForAnActiveProfileWithAnalyticsConsent() {
        Profile profile = Profile.open("p", "m", T0);
        profile.consent(Purpose.MARKETING, new Consent(true, "CHECKOUT", T0));
        assertThat(profile.state().analyticsAllowed()).isFalse();

        profile.consent(Purpose.ANALYTICS, new Consent(true, "CHECKOUT", T0));
        assertThat(profile.state().analyticsAllowed()).isTrue();

        profile.mergeInto("other");
        assertThat(profile.state().analyticsAllowed()).isFalse();
    }
}
