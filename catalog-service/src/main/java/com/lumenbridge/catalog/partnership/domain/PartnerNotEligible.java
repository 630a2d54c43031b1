package com.lumenbridge.catalog.partnership.domain;

import com.lumenbridge.platform.identity.TenantKind;

/** A partnership names a tenant that is not a storefront or dealer. */
public class PartnerNotEligible extends RuntimeException {

    public PartnerNotEligible(String tenantId, TenantKind kind) {
        super("Tenant " + tenantId + " is a " + kind + "; only a STOREFRONT or DEALER can be a partner");
    }
}
