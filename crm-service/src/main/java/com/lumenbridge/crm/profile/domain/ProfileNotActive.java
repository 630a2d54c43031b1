package com.lumenbridge.crm.profile.domain;

/** A merged or erased profile cannot change; the caller must follow the merge or stop. */
public class ProfileNotActive extends RuntimeException {

    public ProfileNotActive(String id, ProfileStatus status, String what) {
        super("Profile " + id + " is " + status + " and cannot " + what);
    }
}
