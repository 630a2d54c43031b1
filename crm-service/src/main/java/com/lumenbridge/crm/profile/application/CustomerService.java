package com.lumenbridge.crm.profile.application;

import com.lumenbridge.crm.common.CrmAccess;
import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.profile.domain.Contact;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.ProfileStatus;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import java.util.List;
import java.util.Optional;

/** What a manufacturer asks about its customers: one profile, a lookup by email or phone, export and erasure. */
public class CustomerService {

    private final Profiles profiles;
    private final Identities identities;
    private final ProfileService profileService;

    public CustomerService(Profiles profiles, Identities identities, ProfileService profileService) {
        this.profiles = profiles;
        this.identities = identities;
        this.profileService = profileService;
    }

    /** A profile of the caller's, or the survivor it was merged into. */
    public sealed interface Found {
    }

    public record Current(ProfileState profile) implements Found {
    }

    public record Moved(String id, String mergedInto) implements Found {
    }

    public Found get(Caller caller, String id) {
        CrmAccess.requireReader(caller, "Customer", id);
        return find(caller, id);
    }

    public Found export(Caller caller, String id) {
        CrmAccess.requireReader(caller, "Customer", id);
        return find(caller, id);
    }

    private Found find(Caller caller, String id) {
        ProfileState profile = profiles.find(id).filter(p -> p.tenantId().equals(caller.tenantId()))
            .filter(p -> p.status() != ProfileStatus.ERASED)
            .orElseThrow(() -> new NotFound("Customer", id));
        if (profile.status() == ProfileStatus.MERGED) {
            ProfileState survivor = profileService.follow(id).orElseThrow(() -> new NotFound("Customer", id));
            return new Moved(id, survivor.id());
        }
        return new Current(profile);
    }

    /** The profiles holding this email or phone (at most one each), or every profile paged when neither is given. */
    public Page<ProfileState> search(Caller caller, String email, String phone, PageRequest page) {
        CrmAccess.requireReader(caller, "Customer", "search");
        if (email == null && phone == null) {
            return profiles.list(caller.tenantId(), page);
        }
        Contact contact = Contact.of(email, phone, null);
        if (email != null && contact.email() == null) {
            throw new InvalidInput("email", "is not an email address");
        }
        if (phone != null && contact.phone() == null) {
            throw new InvalidInput("phone", "must be an E.164 number with its country code, e.g. +8613800000000");
        }
        List<ProfileState> found = identities.owners(caller.tenantId(), contact.keys()).values().stream().distinct()
            .map(profileService::follow).flatMap(Optional::stream)
            .filter(p -> p.tenantId().equals(caller.tenantId()))
            .distinct().toList();
        return new Page<>(found, found.size(), 0, Math.max(found.size(), 1));
    }

    /** Erases the caller's profile {@code id}; a merged id answers with its survivor, which the caller erases by its own id. */
    public Found erase(Caller caller, String id) {
        CrmAccess.requireWriter(caller, "Customer", id);
        Found found = find(caller, id);
        if (found instanceof Current current && !profileService.erase(current.profile().id())) {
            throw new NotFound("Customer", id);
        }
        return found;
    }
}
