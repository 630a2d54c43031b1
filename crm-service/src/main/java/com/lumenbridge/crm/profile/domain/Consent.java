package com.lumenbridge.crm.profile.domain;

import java.time.Instant;
import java.util.Objects;

/** One consent decision: given or not, where it was recorded ({@code CHECKOUT}, {@code STORE}, {@code LEGACY_IMPORT}) and when. */
public record Consent(boolean granted, String source, Instant at) {

    public Consent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }
}
