package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The CPU time each part of the stack has used so far, from the operating system's account of the
 * process ({@link ProcessHandle.Info#totalCpuDuration()}): a benchmark takes one before and one after
 * a phase and divides by the work done, which shows where the cores went however noisy the
 * machine's latencies are.
 */
record ProcessCpu(Map<String, Duration> used) {

    ProcessCpu {
        used = Map.copyOf(used);
    }

    static ProcessCpu of(Map<String, ProcessHandle> parts) {
        Map<String, Duration> used = new LinkedHashMap<>();
        parts.forEach((part, process) -> process.info().totalCpuDuration().ifPresent(cpu -> used.put(part, cpu)));
        return new ProcessCpu(used);
    }

    /** CPU milliseconds per unit of work between {@code before} and this, per part in {@code order}. */
    Map<String, Double> perUnitSince(ProcessCpu before, Iterable<String> order, long units) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String part : order) {
            Duration now = used.get(part);
            Duration then = before.used.get(part);
            if (now != null && then != null && units > 0) {
                per.put(part, now.minus(then).toNanos() / 1e6 / units);
            }
        }
        return per;
    }

    /** "order-service 17.2, mongo 23.0, ... = 75.1 ms" */
    static String describe(Map<String, Double> perUnit) {
        StringJoiner parts = new StringJoiner(", ");
        perUnit.forEach((part, millis) -> parts.add(String.format("%s %.1f", part, millis)));
        return String.format("%s = %.1f ms", parts, total(perUnit));
    }

    static double total(Map<String, Double> perUnit) {
        return perUnit.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
