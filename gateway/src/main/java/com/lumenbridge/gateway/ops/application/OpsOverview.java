package com.lumenbridge.gateway.ops.application;

import com.lumenbridge.gateway.ops.domain.ServiceOverview;
import java.time.Instant;
import java.util.List;

/** Every service's overview at one moment, the gateway first. */
public record OpsOverview(Instant at, List<ServiceOverview> services) {

    public OpsOverview {
        services = List.copyOf(services);
    }
}
