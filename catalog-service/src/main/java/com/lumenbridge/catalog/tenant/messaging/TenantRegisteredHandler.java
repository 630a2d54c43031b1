package com.lumenbridge.catalog.tenant.messaging;

import com.lumenbridge.catalog.tenant.application.Tenants;
import com.lumenbridge.catalog.tenant.domain.Tenant;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.tenancy.TenantRegistered;
import com.lumenbridge.platform.messaging.EventHandler;

/** Records every tenant the gateway registers; one instance of the service handles each event (an upsert, so idempotent). */
public class TenantRegisteredHandler implements EventHandler<TenantRegistered> {

    private final Tenants tenants;

    public TenantRegisteredHandler(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public Class<TenantRegistered> eventClass() {
        return TenantRegistered.class;
    }

    @Override
    public void handle(EventEnvelope<TenantRegistered> event) {
        TenantRegistered data = event.data();
        tenants.save(new Tenant(data.tenantId(), data.name(), data.kind()));
    }
}
