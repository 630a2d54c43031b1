package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.ProfileState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Segment membership, maintained as profiles change; implemented by the segment feature. */
public interface Memberships {

    /** The ids of the tenant's segments {@code profile} belongs to now. */
    List<String> evaluate(ProfileState profile);

    /** Moves the segment size counters after a profile's membership went from {@code before} to {@code after}. */
    void changed(String tenantId, List<String> before, List<String> after);

    /** {@link #evaluate} for many profiles of one tenant, reading the tenant's segments once. */
    Function<ProfileState, List<String>> evaluator(String tenantId);

    /** Moves each segment's size counter by its delta: the sum of many profiles' changes, one write a segment. */
    void moved(Map<String, Long> deltas);
}
