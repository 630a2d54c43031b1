package com.lumenbridge.gateway.ops.domain;

/** A scrape that is not the Prometheus text format; the line number names where it broke. */
public final class MalformedMetrics extends IllegalArgumentException {

    MalformedMetrics(int line, String rule) {
        super("Line " + line + " of the metrics is not the Prometheus text format: " + rule);
    }
}
