package com.lumenbridge.gateway.problem;

import org.springframework.cloud.gateway.route.Route;

/** Reads which service a route leads to. */
public final class Routes {

    /** The route metadata key naming the service, e.g. {@code catalog}. */
    public static final String SERVICE = "service";

    private Routes() {
    }

    public static String service(Route route) {
        Object service = route.getMetadata().get(SERVICE);
        return service == null ? route.getId() : service.toString();
    }
}
