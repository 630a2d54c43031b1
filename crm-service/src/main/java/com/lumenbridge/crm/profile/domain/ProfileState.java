package com.lumenbridge.crm.profile.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer profile as stored. {@code tenantId} is the manufacturer it belongs to; {@code version}
 * grows with every write and guards concurrent writers; {@code segments} are the ids of the segments
 * the profile is a member of now.
 */
public record ProfileState(
    String id,
    String tenantId,
    ProfileStatus status,
    String mergedInto,
    List<String> mergedFrom,
    long version,
    Instant createdAt,
    Instant updatedAt,
    String name,
    List<String> emails,
    List<String> phones,
    Consents consents,
    History history,
    Derived derived,
    Classification classification,
    Rfm rfm,
    List<String> segments,
    Instant erasedAt) {

    public ProfileState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        consents = consents == null ? Consents.NONE : consents;
        history = history == null ? History.EMPTY : history;
        derived = derived == null ? Derived.NONE : derived;
        classification = classification == null
            ? new Classification(CustomerType.MASS, List.of("NO_PROFESSIONAL_SIGNAL")) : classification;
        rfm = rfm == null ? Rfm.NONE : rfm;
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    public boolean isActive() {
        return status == ProfileStatus.ACTIVE;
    }

    /** Whether the person allowed their data to be used in segments and insights. */
    public boolean analyticsAllowed() {
        return isActive() && consents.granted(Purpose.ANALYTICS);
    }

    /** The same profile at another version and time, for comparing content. */
    ProfileState stamped(long newVersion, Instant at) {
        return new ProfileState(id, tenantId, status, mergedInto, mergedFrom, newVersion, createdAt, at, name, emails,
            phones, consents, history, derived, classification, rfm, segments, erasedAt);
    }

    /** Whether {@code other} holds the same content, ignoring version and update time. */
    public boolean sameContentAs(ProfileState other) {
        return other != null && stamped(0, null).equals(other.stamped(0, null));
    }
}
