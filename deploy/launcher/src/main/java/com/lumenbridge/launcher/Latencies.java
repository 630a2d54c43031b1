package com.lumenbridge.launcher;

import java.util.Arrays;
import java.util.List;

/**
 * What one or more load runs recorded: the latency of every answered call in nanoseconds (the first
 * {@code count} of {@code nanos}), the calls that failed, and the seconds the runs took in all.
 */
record Latencies(long[] nanos, int count, int errors, double seconds) {

    LoadResult result() {
        return LoadResult.of(nanos, count, errors, seconds);
    }

    /**
     * Several runs as one: their calls together, their seconds added. A percentile of the pool is one
     * some call in those runs had, whichever run it was in.
     */
    static Latencies pooled(List<Latencies> runs) {
        int count = runs.stream().mapToInt(Latencies::count).sum();
        long[] all = new long[count];
        int at = 0;
        for (Latencies run : runs) {
            System.arraycopy(run.nanos(), 0, all, at, run.count());
            at += run.count();
        }
        return new Latencies(all, count, runs.stream().mapToInt(Latencies::errors).sum(),
            runs.stream().mapToDouble(Latencies::seconds).sum());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Latencies that && count == that.count && errors == that.errors && seconds == that.seconds
            && Arrays.equals(nanos, 0, count, that.nanos, 0, that.count);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(Arrays.copyOf(nanos, count)) + errors;
    }

    @Override
    public String toString() {
        return result().toString();
    }
}
