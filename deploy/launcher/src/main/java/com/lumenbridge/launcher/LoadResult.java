package com.lumenbridge.launcher;

import java.util.Arrays;

/**
 * What a load run measured: answered requests, errors, and latency percentiles in milliseconds by
 * nearest rank (the p99 is a latency some request really had, never an interpolation between two).
 */
record LoadResult(int requests, int errors, double seconds, double p50, double p99, double max) {

    /** {@code latencies} in nanoseconds; only the first {@code count} are filled in. */
    static LoadResult of(long[] latencies, int count, int errors, double seconds) {
        long[] sorted = Arrays.copyOf(latencies, Math.min(count, latencies.length));
        Arrays.sort(sorted);
        return new LoadResult(count, errors, seconds, millis(sorted, 0.50), millis(sorted, 0.99),
            sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    double throughput() {
        return requests / seconds;
    }

    @Override
    public String toString() {
        return String.format("%6d ok, %d errors, %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms, max %7.2f ms",
            requests, errors, throughput(), p50, p99, max);
    }
}
