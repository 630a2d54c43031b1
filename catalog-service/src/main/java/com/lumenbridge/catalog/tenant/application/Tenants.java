package com.lumenbridge.catalog.tenant.application;

import com.lumenbridge.catalog.tenant.domain.Tenant;
import java.util.Optional;

/** The tenant directory. */
public interface Tenants {

    Optional<Tenant> find(String tenantId);

    /** Records {@code tenant}; recording the same tenant again changes nothing. */
    void save(Tenant tenant);
}
