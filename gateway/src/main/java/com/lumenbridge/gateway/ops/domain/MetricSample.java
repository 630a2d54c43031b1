package com.lumenbridge.gateway.ops.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One line of a Prometheus scrape: a series (name and labels) and its value. */
public record MetricSample(String name, Map<String, String> labels, double value) {

    public MetricSample {
        Objects.requireNonNull(name, "name");
        labels = Map.copyOf(labels);
    }

    public String label(String label) {
        return labels.get(label);
    }

    /** Name and labels in a stable order: what identifies the same series in two scrapes. */
    String seriesKey() {
        return name + new TreeMap<>(labels);
    }
}
