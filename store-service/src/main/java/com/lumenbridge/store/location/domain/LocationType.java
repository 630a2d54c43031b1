package com.lumenbridge.store.location.domain;

import com.lumenbridge.platform.identity.TenantKind;

/** A dealer's experience store or a manufacturer's warehouse. */
public enum LocationType {
    STORE,
    WAREHOUSE;

    /** Dealers own stores and manufacturers own warehouses; nobody else owns a location. */
    public boolean mayBeOwnedBy(TenantKind kind) {
        return this == STORE ? kind == TenantKind.DEALER : kind == TenantKind.MANUFACTURER;
    }
}
