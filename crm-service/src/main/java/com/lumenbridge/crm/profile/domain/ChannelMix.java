package com.lumenbridge.crm.profile.domain;

/** Where a person deals with the brand: online orders, store touches, both, or neither yet (imported only). */
public enum ChannelMix {
    NONE,
    ONLINE,
    OFFLINE,
    BOTH
}
