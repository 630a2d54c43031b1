package com.lumenbridge.store.location.domain;

/** What a location offers visitors. */
public enum Offering {
    SHOWROOM,
    PICKUP,
    CONSULTATION,
    INSTALLATION
}
