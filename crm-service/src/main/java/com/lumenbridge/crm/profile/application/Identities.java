package com.lumenbridge.crm.profile.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The identity index: one entry per manufacturer and identity key, naming the profile that holds it.
 * An entry is created only if absent (its id is the key), so two writers racing for one email cannot
 * both win; the loser sees the winner and merges into it.
 */
public interface Identities {

    Map<String, String> owners(String tenantId, Collection<String> keys);

    /** Claims {@code key} for {@code profileId}; empty if claimed, else the profile that already holds it. */
    Optional<String> claim(String tenantId, String key, String profileId);

    /**
     * Claims every key of {@code claims} (key to profile id) in one write; returns the keys another
     * profile already held (a claim of a key the same profile holds counts as made).
     */
    Set<String> claimAll(String tenantId, Map<String, String> claims);

    void repoint(String tenantId, String fromProfileId, String toProfileId);

    void removeAll(String tenantId, String profileId);

    void remove(String tenantId, String key);
}
