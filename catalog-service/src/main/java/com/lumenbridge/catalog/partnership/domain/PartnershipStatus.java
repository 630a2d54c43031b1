package com.lumenbridge.catalog.partnership.domain;

/** While ACTIVE the partner sees the manufacturer's ACTIVE products; while SUSPENDED it sees none. */
public enum PartnershipStatus {
    ACTIVE,
    SUSPENDED
}
