package com.lumenbridge.crm.profile.domain;

import static com.lumenbridge.crm.profile.domain.Histories.T0;
import static com.lumenbridge.crm.profile.domain.Histories.line;
import static com.lumenbridge.crm.profile.domain.Histories.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.platform.events.crm.CustomerErased;
import com.lumenbridge.platform.events.crm.CustomersMerged;
import com.lumenbridge.platform.events.crm.IdentityKeys;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityAndMergeTest {

    @Test
    void normalisesEmailAndPhoneTheWayEveryServiceDoes() {
        Contact contact = Contact.of("  Li.Wei@Example.COM ", "0086 138-0000-0000", "  Li Wei ");

        assertThat(contact.email()).isEqualTo("li.wei@example.com");
        assertThat(contact.phone()).isEqualTo("+8613800000000");
        assertThat(contact.name()).isEqualTo("Li Wei");
        assertThat(contact.keys()).containsExactly(IdentityKeys.emailKey("li.wei@example.com").orElseThrow(),
            IdentityKeys.phoneKey("+8613800000000").orElseThrow());
        assertThat(Contact.of("LI.WEI@example.com", "+86 (138) 0000 0000", null).keys()).isEqualTo(contact.keys());
    }

    @Test
    void dropsValuesThatDoNotNormaliseInsteadOfGuessing() {
        Contact contact = Contact.of("not-an-email", "138 0000 0000", "Li");

        assertThat(contact.email()).isNull();
        assertThat(contact.phone()).isNull();
        assertThat(contact.identifies()).isFalse();
        assertThat(contact.keys()).isEmpty();
    }

    @Test
    void theOlderProfileSurvivesAndATieGoesToTheSmallerId() {
        ProfileState older = Profile.open("b", "maker-1", T0).state();
        ProfileState newer = Profile.open("a", "maker-1", T0.plusSeconds(1)).state();
        ProfileState sameTimeSmallerId = Profile.open("a", "maker-1", T0).state();

        assertThat(MergePolicy.survivor(List.of(newer, older)).id()).isEqualTo("b");
        assertThat(MergePolicy.survivor(List.of(older, sameTimeSmallerId)).id()).isEqualTo("a");
        assertThat(MergePolicy.survivor(List.of(sameTimeSmallerId, older)).id()).isEqualTo("a");
    }

    @Test
    void absorbingUnitesHistoryContactsAndConsentsAndRecordsTheMergeOnce() {
        Profile survivor = Profile.open("s", "maker-1", T0);
        survivor.addContact(Contact.of("li@example.com", null, "Li Wei"));
        survivor.consent(Purpose.ANALYTICS, new Consent(false, "CHECKOUT", T0));
        survivor.recordOrder(order("o1", "DELIVERY", null, History.OrderStatus.CONFIRMED, 800, T0,
            line("A60", 2, 400, "bulb", "MASS", 2700)));
        Profile loser = Profile.open("l", "maker-1", T0.plusSeconds(60));
        loser.addContact(Contact.of(null, "+8613800000000", "L. Wei"));
        loser.consent(Purpose.ANALYTICS, new Consent(true, "STORE", T0.plus(Duration.ofDays(1))));
        loser.recordVisit(new History.VisitEntry("v1", "store-1", T0.plus(Duration.ofDays(1))));

        survivor.absorb(loser.state(), "order o2 links both", T0.plus(Duration.ofDays(2)));
        survivor.absorb(loser.state(), "order o2 links both", T0.plus(Duration.ofDays(2)));
        survivor.refresh(T0.plus(Duration.ofDays(2)));

        ProfileState merged = survivor.state();
        assertThat(merged.emails()).containsExactly("li@example.com");
        assertThat(merged.phones()).containsExactly("+8613800000000");
        assertThat(merged.name()).isEqualTo("Li Wei");
        assertThat(merged.consents().granted(Purpose.ANALYTICS)).isTrue();
        assertThat(merged.consents().analytics().source()).isEqualTo("STORE");
        assertThat(merged.history().orders()).containsOnlyKeys("o1");
        assertThat(merged.history().visits()).containsOnlyKeys("v1");
        assertThat(merged.derived().channelMix()).isEqualTo(ChannelMix.BOTH);
        assertThat(merged.mergedFrom()).containsExactly("l");
        assertThat(survivor.events()).containsExactly(
            new CustomersMerged("s", "l", "maker-1", "order o2 links both", T0.plus(Duration.ofDays(2))));
    }

    @Test
    void aMergedProfileKeepsOnlyThePointerAndTakesNoMoreChanges() {
        Profile loser = Profile.open("l", "maker-1", T0);
        loser.addContact(Contact.of("li@example.com", null, "Li"));

        loser.mergeInto("s");

        assertThat(loser.state().status()).isEqualTo(ProfileStatus.MERGED);
        assertThat(loser.state().mergedInto()).isEqualTo("s");
        assertThat(loser.state().emails()).isEmpty();
        assertThat(loser.state().name()).isNull();
        assertThatThrownBy(() -> loser.recordVisit(new History.VisitEntry("v", "s1", T0)))
            .isInstanceOf(ProfileNotActive.class).hasMessageContaining("MERGED");
    }

    @Test
    void erasingLeavesNothingPersonalAndEmitsOnlyOpaqueKeys() {
        Profile profile = Profile.open("p", "maker-1", T0);
        profile.addContact(Contact.of("li@example.com", "+8613800000000", "Li"));
        profile.recordVisit(new History.VisitEntry("v", "s1", T0));

        profile.erase(T0.plusSeconds(5));

        ProfileState erased = profile.state();
        assertThat(erased.status()).isEqualTo(ProfileStatus.ERASED);
        assertThat(erased.emails()).isEmpty();
        assertThat(erased.phones()).isEmpty();
        assertThat(erased.name()).isNull();
        assertThat(erased.history().isEmpty()).isTrue();
        assertThat(profile.events()).containsExactly(new CustomerErased("p", "maker-1",
            List.of(IdentityKeys.emailKey("li@example.com").orElseThrow(),
                IdentityKeys.phoneKey("+8613800000000").orElseThrow()), T0.plusSeconds(5)));
        assertThat(profile.events().get(0).toString()).doesNotContain("li@example.com").doesNotContain("+86138");
    }

    @Test
    void aRedeliveredOrderDoesNotResetALaterStatusAndAFinalStatusStaysFinal() {
        Profile profile = Profile.open("p", "maker-1", T0);
        History.OrderEntry placed = order("o1", "PICKUP", "store-1", History.OrderStatus.PENDING, 500, T0,
            line("A60", 1, 500, "bulb", "MASS", 2700));
        profile.recordOrder(placed);
        profile.orderStatus("o1", History.OrderStatus.COMPLETED, T0.plusSeconds(60));

        profile.recordOrder(placed);
        profile.orderStatus("o1", History.OrderStatus.CANCELLED, T0.plusSeconds(120));

        assertThat(profile.state().history().orders().get("o1").status()).isEqualTo(History.OrderStatus.COMPLETED);
        assertThat(profile.orderStatus("unknown", History.OrderStatus.COMPLETED, T0)).isFalse();
    }
}
