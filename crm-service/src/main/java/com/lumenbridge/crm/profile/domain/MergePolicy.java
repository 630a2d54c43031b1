package com.lumenbridge.crm.profile.domain;

import java.util.Comparator;
import java.util.Collection;

/**
 * Which profile survives when one touch shows two profiles are one person: the oldest, and between
 * two created at the same instant the smaller id. Deterministic, so two instances resolving the same
 * conflict concurrently pick the same survivor and their writes converge.
 */
public final class MergePolicy {

    public static final Comparator<ProfileState> SURVIVOR_FIRST = Comparator
        .comparing(ProfileState::createdAt)
        .thenComparing(ProfileState::id);

    private MergePolicy() {
    }

    public static ProfileState survivor(Collection<ProfileState> candidates) {
        return candidates.stream().min(SURVIVOR_FIRST)
            .orElseThrow(() -> new IllegalArgumentException("no candidates"));
    }
}
