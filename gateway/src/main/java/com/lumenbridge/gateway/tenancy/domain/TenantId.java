package com.lumenbridge.gateway.tenancy.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A tenant's id: opaque and URL-safe, because it travels in paths, tokens and event keys. */
public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a tenant id: '" + value + "'");
        }
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID().toString());
    }

    /** The id {@code value} names, or empty when it cannot be a tenant id at all. */
    public static Optional<TenantId> parse(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(new TenantId(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
