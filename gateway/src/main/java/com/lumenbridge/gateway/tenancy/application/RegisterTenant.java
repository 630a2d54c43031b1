package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.BrokenRules;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.events.tenancy.TenantRegistered;
import java.time.Clock;
import java.util.List;

/** Registers a tenant and announces it on {@code gateway.tenant.v1}. */
public class RegisterTenant {

    private final Tenants tenants;
    private final Clock clock;

    public RegisterTenant(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Throws {@link com.lumenbridge.platform.problem.InvalidInput} naming every bad field. */
    public Tenant register(String name, String kind) {
        Tenant tenant;
        try {
            tenant = Tenant.register(TenantId.random(), name, kind, UseCaseSupport.now(clock));
        } catch (BrokenRules e) {
            throw UseCaseSupport.invalidInput(e);
        }
        if (!add(tenants, tenant)) {
            throw new IllegalStateException("A random tenant id collided with an existing one");
        }
        return tenant;
    }

    /** Adds {@code tenant} with its {@link TenantRegistered} event; false when its id is taken. */
    static boolean add(Tenants tenants, Tenant tenant) {
        return tenants.add(tenant, List.of(new TenantRegistered(tenant.id().value(), tenant.name().value(), tenant.kind())));
    }
}
