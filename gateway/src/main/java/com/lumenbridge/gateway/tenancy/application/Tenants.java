package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.List;
import java.util.Optional;

/** Where tenants are kept. */
public interface Tenants {

    /**
     * Stores {@code tenant} together with {@code events} in one write, so the events go out if and
     * only if the tenant exists. Returns false, writing nothing, when a tenant with the id exists.
     */
    boolean add(Tenant tenant, List<? extends IntegrationEvent> events);

    Optional<Tenant> find(TenantId id);

    /** Tenants in registration order. */
    Page<Tenant> list(PageRequest request);
}
