package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The CPU time each part of the stack has used so far, from the operating system's account of the
 * process ({@link ProcessHandle.Info#totalCpuDuration()}): a benchmark takes one before and one after
 * a phase and divides by the work done, which shows where the cores went however noisy the
 * machine's latencies are.
 */
record ProcessCpu(Map<String, Duration> used, Map<String, Duration> compiling) {

    ProcessCpu {
        used = Map.copyOf(used);
        compiling = Map.copyOf(compiling);
    }

    ProcessCpu(Map<String, Duration> used) {
        this(used, Map.of());
    }

    static ProcessCpu of(Map<String, ProcessHandle> parts) {
        Map<String, Duration> used = new LinkedHashMap<>();
        Map<String, Duration> compiling = new LinkedHashMap<>();
        parts.forEach((part, process) -> {
            process.info().totalCpuDuration().ifPresent(cpu -> used.put(part, cpu));
            jitCompiling(process.pid()).ifPresent(cpu -> compiling.put(part, cpu));
        });
        return new ProcessCpu(used, compiling);
    }

    /** The share of this reading spent by JIT compiler threads, as a {@link ProcessCpu} of its own. */
    ProcessCpu jit() {
        return new ProcessCpu(compiling);
    }

    /**
     * CPU time of a JVM's JIT compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre}), from
     * {@code /proc/<pid>/task/<tid>/schedstat} (nanoseconds on a CPU); empty where that cannot be read
     * (not Linux, not a HotSpot JVM). On a freshly started stack these threads are a third or more of
     * all CPU for thousands of orders, which a benchmark must show beside its figures.
     */
    static Optional<Duration> jitCompiling(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long nanos = 0;
        boolean found = false;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip();
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        nanos += Long.parseLong(Files.readString(thread.resolve("schedstat")).strip().split(" ")[0]);
                        found = true;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading it
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return found ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** CPU milliseconds per unit of work between {@code before} and this, per part in {@code order}. */
    Map<String, Double> perUnitSince(ProcessCpu before, Iterable<String> order, long units) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String part : order) {
            Duration now = used.get(part);
            Duration then = before.used.get(part);
            if (now != null && then != null && units > 0) {
                // a compiler thread that ended takes its time with it: never below nothing
                per.put(part, Math.max(0, now.minus(then).toNanos()) / 1e6 / units);
            }
        }
        return per;
    }

    /**
     * The share of {@code parts}' CPU between {@code before} and this that their JIT compiler threads
     * took, 0 where unknown.
     */
    double compilingShareSince(ProcessCpu before, List<String> parts) {
        return share(jit().perUnitSince(before.jit(), parts, 1), perUnitSince(before, parts, 1));
    }

    /** What share of {@code whole}'s total {@code part}'s total is, 0 when the whole is 0. */
    static double share(Map<String, Double> part, Map<String, Double> whole) {
        double all = total(whole);
        return all > 0 ? total(part) / all : 0;
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
