package com.lumenbridge.gateway.ops.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What a service's {@code /actuator/health} said: its status ({@code UP}, {@code DOWN}, …) and
 * each component's, e.g. {@code kafka → UP}. A service that did not answer is {@link #UNREACHABLE}.
 */
public record ServiceHealth(String status, Map<String, String> components) {

    public static final String UNREACHABLE = "UNREACHABLE";

    public ServiceHealth {
        Objects.requireNonNull(status, "status");
        components = Map.copyOf(components);
    }

    public static ServiceHealth unreachable() {
        return new ServiceHealth(UNREACHABLE, Map.of());
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
