package com.lumenbridge.gateway.ops.domain;

import java.util.Objects;

/**
 * One service read once: its health, and its metrics or why they could not be read.
 *
 * @param metrics {@code null} when the metrics could not be read; {@code problem} says why
 */
public record ServiceReading(String service, String url, ServiceHealth health, Scrape metrics, String problem) {

    public ServiceReading {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(health, "health");
        if (metrics == null && problem == null) {
            throw new IllegalArgumentException("A reading without metrics must say why");
        }
    }
}
