package com.lumenbridge.crm.profile.domain;

/** What a person may consent to, one decision per purpose. */
public enum Purpose {
    /** Being contacted with offers. */
    MARKETING,
    /** Having their data used in segments and insights. */
    ANALYTICS
}
