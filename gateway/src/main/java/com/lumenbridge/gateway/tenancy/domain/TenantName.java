package com.lumenbridge.gateway.tenancy.domain;

import java.util.Objects;
import java.util.Optional;

/** A tenant's display name: 1 to 200 characters once surrounding white space is removed. */
public record TenantName(String value) {

    public static final int MAX_LENGTH = 200;

    public TenantName {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        Optional<String> broken = brokenRule(value);
        if (broken.isPresent()) {
            throw new IllegalArgumentException("Tenant name " + broken.get());
        }
    }

    /** The rule {@code candidate} breaks, if any. */
    static Optional<String> brokenRule(String candidate) {
        if (candidate == null) {
            return Optional.of("is required");
        }
        String stripped = candidate.strip();
        if (stripped.isEmpty()) {
            return Optional.of("must not be blank");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
