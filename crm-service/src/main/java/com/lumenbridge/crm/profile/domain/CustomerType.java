package com.lumenbridge.crm.profile.domain;

/** Mass consumers and lighting professionals (installers, designers, contractors) need different things. */
public enum CustomerType {
    MASS,
    PROFESSIONAL
}
