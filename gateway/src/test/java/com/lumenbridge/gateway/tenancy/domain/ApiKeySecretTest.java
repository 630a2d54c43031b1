package com.lumenbridge.gateway.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatesThePrefixAnd32RandomBytesInBase64Url() {
        ApiKeySecret secret = ApiKeySecret.generate(random);

        assertThat(secret.value()).startsWith("lbk_").hasSize(47).matches("lbk_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.value().substring(4))).hasSize(32);
    }

    @Test
    void neverGeneratesTheSameKeyTwice() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeySecret.generate(random).value());
        }

        assertThat(keys).hasSize(1000);
    }

    @Test
    void hashesExactlyThePresentedStringWithSha256() {
        assertThat(ApiKeyHash.of("abc").hex())
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyHash.of("abc ")).isNotEqualTo(ApiKeyHash.of("abc"));
        ApiKeySecret secret = ApiKeySecret.generate(random);
        assertThat(secret.hash()).isEqualTo(ApiKeyHash.of(secret.value()));
    }

    @Test
    void keepsTheSecretOutOfItsStringForm() {
        ApiKeySecret secret = ApiKeySecret.generate(random);

        assertThat(secret.toString()).isEqualTo("lbk_(redacted)").doesNotContain(secret.value().substring(4));
    }

    @Test
    void refusesAnythingThatIsNotAGeneratedKey() {
        assertThatThrownBy(() -> new ApiKeySecret("lbk_short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiKeyHash("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
