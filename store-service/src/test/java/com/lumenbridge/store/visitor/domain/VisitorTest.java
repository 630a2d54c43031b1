package com.lumenbridge.store.visitor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VisitorTest {

    @Test
    void isIdentifiedByAnEmailOrAPhone() {
        assertThat(new Visitor(null, "+8613800000000", null, false, false, false).phone()).isEqualTo("+8613800000000");
        assertThatThrownBy(() -> new Visitor(null, null, "Li", true, false, false)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("email or a phone");
        assertThatThrownBy(() -> new Visitor("not-an-email", null, null, true, false, false))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isRecordedOnlyWithConsentAndPurposeConsentsNeedIt() {
        assertThat(new Visitor("li@example.com", null, null, false, false, false).recordable()).isEmpty();
        assertThat(new Visitor("li@example.com", null, null, true, false, true).recordable()).isPresent();
        assertThatThrownBy(() -> new Visitor("li@example.com", null, null, false, true, false))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consent to be recorded");
    }
}
