package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine a benchmark ran on, for its results: figures mean little without the cores and the
 * memory they came from, and the load average before and after shows whether something else ran.
 */
final class Machine {

    private Machine() {
    }

    /** E.g. {@code 2 cores (AMD EPYC 7B13), 23.4 GiB memory, Linux 6.1.0, Java 17.0.15}. */
    static String describe() {
        return String.format("%d cores%s, %.1f GiB memory, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
            cpuModel().map(model -> " (" + model + ")").orElse(""), memoryKib() / 1024.0 / 1024.0,
            System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> cpuModel() {
        return procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim());
    }

    private static long memoryKib() {
        // "MemTotal:       24570084 kB"
        return procLine("/proc/meminfo", "MemTotal:").map(line -> Long.parseLong(line.replaceAll("\\D", "")))
            .orElse(0L);
    }

    private static Optional<String> procLine(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
