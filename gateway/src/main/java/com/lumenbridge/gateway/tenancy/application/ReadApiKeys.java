package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import java.util.List;

/** Reads a tenant's keys for the operator: ids, scopes and dates, never a secret or a hash. */
public class ReadApiKeys {

    private final ReadTenants tenants;
    private final ApiKeys keys;

    public ReadApiKeys(ReadTenants tenants, ApiKeys keys) {
        this.tenants = tenants;
        this.keys = keys;
    }

    /** Throws {@link com.lumenbridge.platform.problem.NotFound} for an unknown tenant. */
    public List<ApiKey> ofTenant(String tenantId) {
        return keys.ofTenant(tenants.get(tenantId).id());
    }
}
