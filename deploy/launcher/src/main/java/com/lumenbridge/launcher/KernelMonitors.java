package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The kernel's DAMON memory monitors running on the machine ({@code kdamond.N} kernel threads) and
 * the CPU they have used, from {@code /proc}. A benchmark prints them beside its figures: on the
 * virtual machines these benchmarks ran on, a running {@code kdamond} took a core for 10–20 ms
 * every 0.53 s, and the tails of the catalog and gateway benchmarks moved with it, not with the
 * code (86 % of the catalog benchmark's slow searches fell due while it ran, against 24 % of random
 * instants). A tail means little without knowing whether it shared the cores with one.
 *
 * @param threads the {@code kdamond} threads found
 * @param cpu the CPU time they have used so far
 */
record KernelMonitors(int threads, Duration cpu) {

    /** The monitors running now, none where {@code /proc} cannot be read (not Linux). */
    static KernelMonitors now() {
        return read(Path.of("/proc"));
    }

    /** The monitors in the process table under {@code proc}. */
    static KernelMonitors read(Path proc) {
        int threads = 0;
        long nanos = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, entry -> entry.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path process : processes) {
                try {
                    if (Files.readString(process.resolve("comm")).strip().startsWith("kdamond")) {
                        // schedstat: nanoseconds on a CPU, nanoseconds waiting, time slices
                        nanos += Long.parseLong(Files.readString(process.resolve("schedstat")).strip().split(" ")[0]);
                        threads++;
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended between listing and reading it
                }
            }
        } catch (IOException e) {
            return new KernelMonitors(0, Duration.ZERO);
        }
        return new KernelMonitors(threads, Duration.ofNanos(nanos));
    }

    /** What the monitors did between {@code before} and this reading, {@code elapsed} apart. */
    String describeSince(KernelMonitors before, Duration elapsed) {
        int running = Math.max(threads, before.threads);
        if (running == 0) {
            return "none running (no kdamond thread)";
        }
        double seconds = Math.max(0, cpu.minus(before.cpu).toNanos()) / 1e9;
        return String.format("%d kdamond thread%s running, %.1f s of CPU over the run's %.0f s (%.1f %% of one core):"
            + " tails include its bursts", running, running == 1 ? "" : "s", seconds, elapsed.toNanos() / 1e9,
            100 * seconds / Math.max(1e-9, elapsed.toNanos() / 1e9));
    }
}
