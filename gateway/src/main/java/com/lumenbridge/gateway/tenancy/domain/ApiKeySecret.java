package com.lumenbridge.gateway.tenancy.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The plaintext API key a partner presents as its bearer token. It is shown once when issued and
 * never stored: only its {@link ApiKeyHash} is. {@link #toString()} redacts it so it cannot leak
 * into a log line by accident.
 */
public record ApiKeySecret(String value) {

    public static final String PREFIX = "lbk_";
    static final int RANDOM_BYTES = 32;
    private static final Base64.Encoder ENCODING = Base64.getUrlEncoder().withoutPadding();
    private static final int LENGTH = PREFIX.length() + 43;

    public ApiKeySecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() != LENGTH) {
            throw new IllegalArgumentException("Not a generated API key");
        }
    }

    /** A new key: the prefix and 32 random bytes, base64url without padding. */
    public static ApiKeySecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + ENCODING.encodeToString(bytes));
    }

    public ApiKeyHash hash() {
        return ApiKeyHash.of(value);
    }

    @Override
    public String toString() {
        return PREFIX + "(redacted)";
    }
}
