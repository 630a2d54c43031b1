package com.lumenbridge.gateway.tenancy.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The public handle of an API key, safe to show, log and use in URLs; never the secret itself. */
public record ApiKeyId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public ApiKeyId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an API key id: '" + value + "'");
        }
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID().toString());
    }

    /** The id {@code value} names, or empty when it cannot be a key id at all. */
    public static Optional<ApiKeyId> parse(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(new ApiKeyId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
