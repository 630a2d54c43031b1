package com.lumenbridge.gateway.ops.domain;

import java.util.List;
import java.util.Map;

/**
 * One service as the operations page shows it. Rates are per second over the window since the
 * previous reading ({@code null} on the first); latencies are in milliseconds over that window,
 * or since the service started when there is no previous reading.
 */
public record ServiceOverview(
        String service,
        String url,
        String status,
        Map<String, String> components,
        String problem,
        Double windowSeconds,
        Double requestsPerSecond,
        Double serverErrorsPerSecond,
        Double errorRatio,
        Latency latencyMs,
        Map<String, String> breakers,
        Lag consumerLag,
        Double outboxBacklog,
        Counted deadLetters,
        Map<String, List<Figure>> figures) {

    /** Percentiles of HTTP server request durations; each {@code null} when there were no requests. */
    public record Latency(Double p50, Double p95, Double p99) {
    }

    /** Records not yet consumed: in total, the worst partition, and by topic. */
    public record Lag(double total, Double max, Map<String, Double> byTopic) {
    }

    /** A counter's value and its rate over the window. */
    public record Counted(double total, Double perSecond) {
    }

    /** One series of a {@code lumenbridge_*} metric; {@code perSecond} for counters when there is a window. */
    public record Figure(Map<String, String> labels, double value, Double perSecond) {
    }
}
