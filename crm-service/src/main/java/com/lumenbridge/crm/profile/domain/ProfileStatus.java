package com.lumenbridge.crm.profile.domain;

/** ACTIVE profiles hold a person; MERGED ones only point to their survivor; ERASED ones hold nothing personal. */
public enum ProfileStatus {
    ACTIVE,
    MERGED,
    ERASED
}
