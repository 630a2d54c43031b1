package com.lumenbridge.launcher;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One of the five Spring Boot services the stack runs: its name, port and where its jar is built. */
record ServiceSpec(String name, int port, String module, String apiBasePath) {

    static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080, "gateway", "/api");
    static final ServiceSpec CATALOG = new ServiceSpec("catalog-service", 8081, "catalog-service", "/api/catalog");
    static final ServiceSpec STORE = new ServiceSpec("store-service", 8082, "store-service", "/api/stores");
    static final ServiceSpec ORDER = new ServiceSpec("order-service", 8083, "order-service", "/api/orders");
    static final ServiceSpec CRM = new ServiceSpec("crm-service", 8084, "crm-service", "/api/crm");

    static final List<ServiceSpec> ALL = List.of(GATEWAY, CATALOG, STORE, ORDER, CRM);
    /** The services behind the gateway, in the order the gateway routes to them. */
    static final List<ServiceSpec> BACKENDS = List.of(CATALOG, STORE, ORDER, CRM);

    /**
     * Starts only these services (comma-separated names), e.g. {@code gateway,catalog-service} while
     * working on one of them; unset means all five.
     */
    static final String SELECTION_VARIABLE = "LUMENBRIDGE_SERVICES";

    static List<ServiceSpec> selected(Map<String, String> env) {
        String selection = env.get(SELECTION_VARIABLE);
        if (selection == null || selection.isBlank()) {
            return ALL;
        }
        List<String> names = Arrays.stream(selection.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> unknown = names.stream().filter(n -> find(n) == null).toList();
        if (!unknown.isEmpty()) {
            throw new LauncherException(SELECTION_VARIABLE + " names unknown services " + unknown + "; known: "
                + ALL.stream().map(ServiceSpec::name).collect(Collectors.joining(", ")));
        }
        return ALL.stream().filter(s -> names.contains(s.name())).toList();
    }

    /** The service called {@code name}, or null. */
    static ServiceSpec find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    boolean isGateway() {
        return this.equals(GATEWAY);
    }

    String url() {
        return "http://localhost:" + port;
    }

    URI readinessUri() {
        return URI.create(url() + "/actuator/health/readiness");
    }
}
