package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stored profiles; every write is guarded by the version read, so concurrent writers never lose an update. */
public interface Profiles {

    Optional<ProfileState> find(String id);

    void insert(ProfileState profile);

    /** Writes {@code profile} (at its new version) if the stored one is still at {@code expectedVersion}, with its events in the same write. */
    boolean write(ProfileState profile, long expectedVersion, List<? extends IntegrationEvent> events);

    /** Inserts new profiles in one write. */
    void insertAll(List<ProfileState> profiles);

    /**
     * Deletes a profile whatever its version and returns it as it was: a profile inserted with its
     * first touches that then lost the race for every identity key, so no one can reach it by identity.
     */
    Optional<ProfileState> deleteUnclaimed(String id);

    /** Deletes a profile that never held anything: the loser of a race to create one person. */
    void deleteEmpty(String id);

    Page<ProfileState> list(String tenantId, PageRequest page);

    /** Active profiles of the tenant; {@code segmentId} narrows to members of that segment when not null. */
    void forEachActive(String tenantId, String segmentId, Consumer<ProfileState> action);

    Page<ProfileState> members(String tenantId, String segmentId, PageRequest page);

    long countMembers(String tenantId, String segmentId);

    /** Ids of every active profile, of every tenant, for the periodic recomputation. */
    void forEachActiveId(Consumer<String> action);
}
