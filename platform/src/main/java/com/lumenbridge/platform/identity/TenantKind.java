package com.lumenbridge.platform.identity;

/** The four kinds of tenant DESIGN.md "Tenants and roles" names. */
public enum TenantKind {
    MANUFACTURER,
    STOREFRONT,
    DEALER,
    OPERATOR
}
