package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.Contact;
import com.lumenbridge.crm.profile.domain.MergePolicy;
import com.lumenbridge.crm.profile.domain.Profile;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.ProfileStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the profile a touch belongs to, merging profiles the touch proves are one person,
 * and applies changes with optimistic concurrency. No step needs a multi-document transaction: the
 * identity index is insert-if-absent, a profile write is guarded by its version, and a merge
 * interrupted half-way is finished by the next touch (absorbing the same history twice is a no-op).
 */
public class ProfileService {

    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);
    private static final int MAX_ATTEMPTS = 20;

    private final Profiles profiles;
    private final Identities identities;
    private final Memberships memberships;
    private final CrmMetrics metrics;
    private final Clock clock;

    public ProfileService(Profiles profiles, Identities identities, Memberships memberships, CrmMetrics metrics,
            Clock clock) {
        this.profiles = profiles;
        this.identities = identities;
        this.memberships = memberships;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The result of applying a touch: the profile it landed on and whether that profile was created or changed. */
    public record Applied(String profileId, boolean created, boolean changed) {
    }

    /**
     * Resolves {@code contact} to one profile of {@code tenantId} (creating or merging as needed),
     * adds the contact to it and applies {@code change}.
     */
    public Applied touch(String tenantId, Contact contact, String reason, Consumer<Profile> change) {
        if (!contact.identifies()) {
            throw new IllegalArgumentException("a touch needs an email or a phone");
        }
        Resolved resolved = resolve(tenantId, contact, reason);
        Optional<String> landed = update(resolved.profileId(), p -> {
            p.addContact(contact);
            change.accept(p);
        });
        return new Applied(landed.orElse(resolved.profileId()), resolved.created(), landed.isPresent() || resolved.created());
    }

    /**
     * Applies {@code change} to profile {@code id}, following merges; nothing happens to an erased
     * profile. Returns the id of the profile written, empty if nothing changed.
     */
    public Optional<String> update(String id, Consumer<Profile> change) {
        String current = id;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ProfileState> stored = profiles.find(current);
            if (stored.isEmpty() || stored.get().status() == ProfileStatus.ERASED) {
                return Optional.empty();
            }
            ProfileState before = stored.get();
            if (before.status() == ProfileStatus.MERGED) {
                current = before.mergedInto();
                continue;
            }
            Profile profile = Profile.restore(before);
            change.accept(profile);
            if (write(before, profile)) {
                return before.sameContentAs(profile.state()) && profile.events().isEmpty() ? Optional.empty()
                    : Optional.of(current);
            }
        }
        throw new IllegalStateException("Profile " + id + " kept changing under " + MAX_ATTEMPTS + " attempts");
    }

    /** Refreshes, re-evaluates segments and writes unless nothing changed; false if another writer came first. */
    boolean write(ProfileState before, Profile profile) {
        Instant now = clock.instant();
        profile.refresh(now);
        if (profile.state().isActive()) {
            profile.memberOf(memberships.evaluate(profile.state()));
        }
        if (before.sameContentAs(profile.state()) && profile.events().isEmpty()) {
            return true;
        }
        if (!profiles.write(profile.toWrite(now), before.version(), profile.events())) {
            return false;
        }
        if (!before.segments().equals(profile.state().segments())) {
            memberships.changed(before.tenantId(), before.segments(), profile.state().segments());
        }
        return true;
    }

    private record Resolved(String profileId, boolean created) {
    }

    private Resolved resolve(String tenantId, Contact contact, String reason) {
        List<String> keys = contact.keys();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Map<String, ProfileState> holders = holders(tenantId, keys);
            if (holders.isEmpty()) {
                Optional<String> created = create(tenantId, keys);
                if (created.isPresent()) {
                    return new Resolved(created.get(), true);
                }
                continue;
            }
            ProfileState survivor = MergePolicy.survivor(holders.values());
            for (ProfileState other : holders.values()) {
                if (!other.id().equals(survivor.id())) {
                    merge(other.id(), survivor.id(), reason);
                }
            }
            if (claimAll(tenantId, keys, survivor.id())) {
                return new Resolved(survivor.id(), false);
            }
        }
        throw new IllegalStateException("Could not resolve a profile for a touch of " + tenantId);
    }

    /** The active profiles holding any of {@code keys}, by id; entries of erased or vanished profiles are dropped. */
    private Map<String, ProfileState> holders(String tenantId, List<String> keys) {
        Map<String, String> owners = identities.owners(tenantId, keys);
        Map<String, ProfileState> holders = new LinkedHashMap<>();
        for (Map.Entry<String, String> owner : owners.entrySet()) {
            Optional<ProfileState> profile = follow(owner.getValue());
            if (profile.isEmpty()) {
                identities.remove(tenantId, owner.getKey());
            } else {
                holders.put(profile.get().id(), profile.get());
            }
        }
        return holders;
    }

    /** The active profile {@code id} is or was merged into; empty if erased or missing. */
    public Optional<ProfileState> follow(String id) {
        String current = id;
        for (int hops = 0; hops < MAX_ATTEMPTS && current != null; hops++) {
            Optional<ProfileState> profile = profiles.find(current);
            if (profile.isEmpty() || profile.get().status() == ProfileStatus.ERASED) {
                return Optional.empty();
            }
            if (profile.get().isActive()) {
                return profile;
            }
            current = profile.get().mergedInto();
        }
        return Optional.empty();
    }

    private Optional<String> create(String tenantId, List<String> keys) {
        String id = UUID.randomUUID().toString();
        profiles.insert(Profile.open(id, tenantId, clock.instant()).toWrite(clock.instant()));
        boolean claimedAny = false;
        for (String key : keys) {
            if (identities.claim(tenantId, key, id).isEmpty()) {
                claimedAny = true;
            } else if (!claimedAny) {
                // lost the race for the first key: the winner's profile is the person; ours held nothing yet
                profiles.deleteEmpty(id);
                return Optional.empty();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(id);
    }

    private boolean claimAll(String tenantId, List<String> keys, String profileId) {
        for (String key : keys) {
            Optional<String> holder = identities.claim(tenantId, key, profileId);
            if (holder.isPresent() && !holder.get().equals(profileId)) {
                Optional<ProfileState> other = follow(holder.get());
                if (other.isEmpty()) {
                    identities.remove(tenantId, key);
                    return false;
                }
                if (!other.get().id().equals(profileId)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Folds {@code loserId} into {@code survivorId}: survivor first, then the loser's pointer, then its identities. */
    void merge(String loserId, String survivorId, String reason) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ProfileState> loser = profiles.find(loserId);
            Optional<ProfileState> survivor = profiles.find(survivorId);
            if (loser.isEmpty() || !loser.get().isActive() || survivor.isEmpty() || !survivor.get().isActive()) {
                return;
            }
            Profile absorbing = Profile.restore(survivor.get());
            absorbing.absorb(loser.get(), reason, clock.instant());
            if (!write(survivor.get(), absorbing)) {
                continue;
            }
            Profile merged = Profile.restore(loser.get());
            merged.mergeInto(survivorId);
            if (!profiles.write(merged.toWrite(clock.instant()), loser.get().version(), List.of())) {
                continue;
            }
            if (!loser.get().segments().isEmpty()) {
                memberships.changed(loser.get().tenantId(), loser.get().segments(), List.of());
            }
            identities.repoint(loser.get().tenantId(), loserId, survivorId);
            metrics.merged();
            log.info("Merged profile {} into {} ({})", loserId, survivorId, reason);
            return;
        }
        throw new IllegalStateException("Could not merge " + loserId + " into " + survivorId);
    }

    /** Erases a profile: anonymised, out of every segment, its identity entries gone, CustomerErased in its outbox. */
    public boolean erase(String id) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ProfileState> stored = profiles.find(id);
            if (stored.isEmpty() || !stored.get().isActive()) {
                return false;
            }
            Profile profile = Profile.restore(stored.get());
            profile.erase(clock.instant());
            if (profiles.write(profile.toWrite(clock.instant()), stored.get().version(), profile.events())) {
                identities.removeAll(stored.get().tenantId(), id);
                if (!stored.get().segments().isEmpty()) {
                    memberships.changed(stored.get().tenantId(), stored.get().segments(), List.of());
                }
                return true;
            }
        }
        throw new IllegalStateException("Could not erase " + id);
    }

    /** Recomputes one profile as of now (RFM decays with time; time-relative segment rules move). */
    public boolean recompute(String id) {
        return update(id, p -> { }).isPresent();
    }
}
