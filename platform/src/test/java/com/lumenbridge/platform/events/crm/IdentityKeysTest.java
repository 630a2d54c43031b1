package com.lumenbridge.platform.events.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityKeysTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(IdentityKeys.normalizeEmail("  Li.Wei@Example.COM ")).contains("li.wei@example.com");
        assertThat(IdentityKeys.normalizeEmail("not-an-email")).isEmpty();
        assertThat(IdentityKeys.normalizeEmail(null)).isEmpty();
    }

    @Test
    void phonesBecomeE164OrNothing() {
        assertThat(IdentityKeys.normalizePhone("+86 138-0000-0000")).contains("+8613800000000");
        assertThat(IdentityKeys.normalizePhone("0049 (30) 1234.5678")).contains("+493012345678");
        assertThat(IdentityKeys.normalizePhone("030 1234567")).as("no country code").isEmpty();
        assertThat(IdentityKeys.normalizePhone("+0123456789")).isEmpty();
        assertThat(IdentityKeys.normalizePhone("+12")).isEmpty();
    }

    @Test
    void theSamePersonWrittenTwoWaysHasOneKey() {
        assertThat(IdentityKeys.emailKey("LI@example.com")).isEqualTo(IdentityKeys.emailKey(" li@example.com"));
        assertThat(IdentityKeys.phoneKey("+86 13800000000")).isEqualTo(IdentityKeys.phoneKey("008613800000000"));
        assertThat(IdentityKeys.emailKey("li@example.com").orElseThrow()).startsWith("email:").hasSize(6 + 64);
        assertThat(IdentityKeys.emailKey("li@example.com")).isNotEqualTo(IdentityKeys.emailKey("wei@example.com"));
    }
}
