package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.problem.NotFound;

/** Reads tenants for the operator. */
public class ReadTenants {

    private final Tenants tenants;

    public ReadTenants(Tenants tenants) {
        this.tenants = tenants;
    }

    public Page<Tenant> list(PageRequest request) {
        return tenants.list(request);
    }

    /** Throws {@link NotFound} for an unknown id. */
    public Tenant get(String id) {
        return TenantId.parse(id).flatMap(tenants::find).orElseThrow(() -> new NotFound("Tenant", id));
    }
}
