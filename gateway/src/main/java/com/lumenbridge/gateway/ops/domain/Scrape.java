package com.lumenbridge.gateway.ops.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What one service's {@code /actuator/prometheus} said at one moment. */
public record Scrape(Instant at, List<MetricSample> samples) {

    public Scrape {
        Objects.requireNonNull(at, "at");
        samples = List.copyOf(samples);
    }

    public static Scrape of(Instant at, String prometheusText) {
        return new Scrape(at, PrometheusText.parse(prometheusText));
    }

    Stream<MetricSample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name));
    }

    /** The sum of every series of {@code name} that {@code which} accepts; NaN values count as absent. */
    double sum(String name, Predicate<MetricSample> which) {
        return named(name).filter(which).mapToDouble(MetricSample::value).filter(v -> !Double.isNaN(v)).sum();
    }

    boolean has(String name) {
        return samples.stream().anyMatch(sample -> sample.name().equals(name));
    }
}
