package com.lumenbridge.gateway.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeyHashTest {

    @Test
    void isTheSha256OfThePresentedKeyEveryTime() {
        // FIPS 180-2's example, then again on the same thread: each hash starts from a fresh digest
        for (int round = 0; round < 3; round++) {
            assertThat(ApiKeyHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(ApiKeyHash.of("").hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }

    @Test
    void acceptsOnlyLowerCaseHexOfSha256sLength() {
        String valid = "a".repeat(63) + "0";
        assertThat(new ApiKeyHash(valid).hex()).isEqualTo(valid);
        for (String invalid : new String[] {"", "abc", "A".repeat(64), "g".repeat(64), "a".repeat(65), "a".repeat(63) + " ",
                "a".repeat(63) + "/", "a".repeat(63) + ":", "a".repeat(63) + "`"}) {
            assertThatThrownBy(() -> new ApiKeyHash(invalid)).as(invalid).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
