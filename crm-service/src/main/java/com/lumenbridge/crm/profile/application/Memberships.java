package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.ProfileState;
import java.util.List;

/** Segment membership, maintained as profiles change; implemented by the segment feature. */
public interface Memberships {

    /** The ids of the tenant's segments {@code profile} belongs to now. */
    List<String> evaluate(ProfileState profile);

    /** Moves the segment size counters after a profile's membership went from {@code before} to {@code after}. */
    void changed(String tenantId, List<String> before, List<String> after);
}
