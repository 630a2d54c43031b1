package com.lumenbridge.platform.events.tenancy;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.identity.TenantKind;
import java.util.Objects;

/**
 * The gateway registered a tenant. Services keep a directory of tenants from it, e.g. to check
 * that a partnership names an existing storefront or dealer.
 */
@EventType(type = "lumenbridge.gateway.TenantRegistered.v1", topic = Topics.GATEWAY_TENANT)
public record TenantRegistered(String tenantId, String name, TenantKind kind) implements IntegrationEvent {

    public TenantRegistered {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
