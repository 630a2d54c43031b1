package com.lumenbridge.catalog.tenant.domain;

import com.lumenbridge.platform.identity.TenantKind;
import java.util.Objects;

/** A tenant of the platform: enough to check that a partnership names a real storefront or dealer. */
public record Tenant(String id, String name, TenantKind kind) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
