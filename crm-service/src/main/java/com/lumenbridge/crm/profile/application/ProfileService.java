package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.profile.domain.Contact;
import com.lumenbridge.crm.profile.domain.MergePolicy;
import com.lumenbridge.crm.profile.domain.Profile;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.ProfileStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
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
        Optional<String> landed = update(resolved.profileId(), resolved.read(), p -> {
            p.addContact(contact);
            change.accept(p);
        });
        return new Applied(landed.orElse(resolved.profileId()), resolved.created(), landed.isPresent() || resolved.created());
    }

    /** One touch of a batch: a person of {@code tenantId} known by {@code contact}, and what to record. */
    public record Touch(String tenantId, Contact contact, String reason, Consumer<Profile> change) {
    }

    /**
     * {@link #touch} for the touches of one poll, with the same outcome as applying them one by one.
     * The common case — people the CRM has never seen — costs a handful of writes for the whole batch
     * instead of several round trips per touch: one identity read, one insert of every new profile
     * with its touches already applied, one claim of every key, one counter move per segment.
     * Touches sharing a key within the batch are one person. A person already known, or a new one
     * whose claim another writer won, takes the one-by-one path (resolving, merging, version checks),
     * which is where concurrency is decided; a new profile that won no key at all is deleted again,
     * so nobody can have reached it by identity.
     */
    public List<Applied> touchAll(List<Touch> touches) {
        Applied[] applied = new Applied[touches.size()];
        Map<String, List<Integer>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < touches.size(); i++) {
            if (!touches.get(i).contact().identifies()) {
                throw new IllegalArgumentException("a touch needs an email or a phone");
            }
            byTenant.computeIfAbsent(touches.get(i).tenantId(), t -> new ArrayList<>()).add(i);
        }
        byTenant.forEach((tenantId, indexes) -> touchAll(tenantId, touches, indexes, applied));
        return List.of(applied);
    }

    private void touchAll(String tenantId, List<Touch> touches, List<Integer> indexes, Applied[] applied) {
        List<List<Integer>> people = people(touches, indexes);
        Set<String> keys = new LinkedHashSet<>();
        indexes.forEach(i -> keys.addAll(touches.get(i).contact().keys()));
        Map<String, String> owners = identities.owners(tenantId, keys);
        Function<ProfileState, List<String>> evaluate = memberships.evaluator(tenantId);
        Instant now = clock.instant();
        List<List<Integer>> oneByOne = new ArrayList<>();
        List<List<Integer>> fresh = new ArrayList<>();
        List<ProfileState> opened = new ArrayList<>();
        Map<String, String> claims = new LinkedHashMap<>();
        for (List<Integer> person : people) {
            List<String> personKeys = person.stream().flatMap(i -> touches.get(i).contact().keys().stream())
                .distinct().toList();
            if (personKeys.stream().anyMatch(owners::containsKey)) {
                oneByOne.add(person);
                continue;
            }
            Profile profile = Profile.open(UUID.randomUUID().toString(), tenantId, now);
            for (int i : person) {
                profile.addContact(touches.get(i).contact());
                touches.get(i).change().accept(profile);
            }
            profile.refresh(now);
            profile.memberOf(evaluate.apply(profile.state()));
            if (!profile.events().isEmpty()) {
                oneByOne.add(person);
                continue;
            }
            fresh.add(person);
            opened.add(profile.toWrite(now));
            personKeys.forEach(k -> claims.put(k, profile.state().id()));
        }
        profiles.insertAll(opened);
        Set<String> lost = identities.claimAll(tenantId, claims);
        Map<String, Long> deltas = new LinkedHashMap<>();
        for (int p = 0; p < fresh.size(); p++) {
            ProfileState profile = opened.get(p);
            List<String> personKeys = claims.entrySet().stream().filter(e -> e.getValue().equals(profile.id()))
                .map(Map.Entry::getKey).toList();
            boolean claimedAny = personKeys.stream().anyMatch(k -> !lost.contains(k));
            if (claimedAny) {
                profile.segments().forEach(s -> deltas.merge(s, 1L, Long::sum));
            } else {
                // no key won: delete it; if a segment backfill recomputed it meanwhile, undo what that counted
                profiles.deleteUnclaimed(profile.id())
                    .ifPresent(gone -> memberships.changed(tenantId, gone.segments(), profile.segments()));
            }
            if (personKeys.stream().anyMatch(lost::contains)) {
                oneByOne.add(fresh.get(p));
            } else {
                fresh.get(p).forEach(i -> applied[i] = new Applied(profile.id(), true, true));
            }
        }
        memberships.moved(deltas);
        for (List<Integer> person : oneByOne) {
            for (int i : person) {
                Touch t = touches.get(i);
                applied[i] = touch(t.tenantId(), t.contact(), t.reason(), t.change());
            }
        }
    }

    /** The touches grouped by person: touches sharing an identity key, directly or through others, are one. */
    private static List<List<Integer>> people(List<Touch> touches, List<Integer> indexes) {
        Map<String, Integer> personOfKey = new HashMap<>();
        int[] parent = new int[touches.size()];
        for (int i : indexes) {
            parent[i] = i;
        }
        for (int i : indexes) {
            for (String key : touches.get(i).contact().keys()) {
                Integer other = personOfKey.putIfAbsent(key, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<Integer>> people = new LinkedHashMap<>();
        for (int i : indexes) {
            people.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        return List.copyOf(people.values());
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    /**
     * Applies {@code change} to profile {@code id}, following merges; nothing happens to an erased
     * profile. Returns the id of the profile written, empty if nothing changed.
     */
    public Optional<String> update(String id, Consumer<Profile> change) {
        return update(id, null, change);
    }

    /**
     * As {@link #update(String, Consumer)}, starting from {@code read} — the profile as resolving the
     * touch just read or inserted it — instead of reading it again. The version check makes that safe:
     * if it is stale the write misses and the next attempt reads. A change that changes nothing on it
     * is confirmed against a fresh read, since only a stored state can say "nothing to do".
     */
    private Optional<String> update(String id, ProfileState read, Consumer<Profile> change) {
        String current = id;
        ProfileState assumed = read;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            boolean fresh = assumed == null;
            Optional<ProfileState> stored = fresh ? profiles.find(current) : Optional.of(assumed);
            assumed = null;
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
            if (!prepare(before, profile)) {
                if (fresh) {
                    return Optional.empty();
                }
                continue;
            }
            if (store(before, profile)) {
                return Optional.of(current);
            }
        }
        throw new IllegalStateException("Profile " + id + " kept changing under " + MAX_ATTEMPTS + " attempts");
    }

    /** Refreshes, re-evaluates segments and writes unless nothing changed; false if another writer came first. */
    boolean write(ProfileState before, Profile profile) {
        return !prepare(before, profile) || store(before, profile);
    }

    /** Refreshes derived fields and segment membership; whether the profile now differs from {@code before}. */
    private boolean prepare(ProfileState before, Profile profile) {
        profile.refresh(clock.instant());
        if (profile.state().isActive()) {
            profile.memberOf(memberships.evaluate(profile.state()));
        }
        return !(before.sameContentAs(profile.state()) && profile.events().isEmpty());
    }

    /** The version-checked write of a prepared profile, then the segment counters; false if another writer came first. */
    private boolean store(ProfileState before, Profile profile) {
        if (!profiles.write(profile.toWrite(clock.instant()), before.version(), profile.events())) {
            return false;
        }
        if (!before.segments().equals(profile.state().segments())) {
            memberships.changed(before.tenantId(), before.segments(), profile.state().segments());
        }
        return true;
    }

    /** The profile a touch resolved to, and that profile as just read or inserted (null when a merge changed it). */
    private record Resolved(String profileId, boolean created, ProfileState read) {
    }

    private Resolved resolve(String tenantId, Contact contact, String reason) {
        List<String> keys = contact.keys();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Map<String, ProfileState> holders = holders(tenantId, keys);
            if (holders.isEmpty()) {
                Optional<ProfileState> created = create(tenantId, keys);
                if (created.isPresent()) {
                    return new Resolved(created.get().id(), true, created.get());
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
                return new Resolved(survivor.id(), false, holders.size() == 1 ? survivor : null);
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

    private Optional<ProfileState> create(String tenantId, List<String> keys) {
        String id = UUID.randomUUID().toString();
        ProfileState opened = Profile.open(id, tenantId, clock.instant()).toWrite(clock.instant());
        profiles.insert(opened);
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
        return Optional.of(opened);
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
