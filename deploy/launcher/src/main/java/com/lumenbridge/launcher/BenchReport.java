package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's figures: each line goes to the console as it is found and is kept, so the run ends
 * with the same text in {@code bench-results/<name>-<time>.txt}, where runs can be compared later.
 */
final class BenchReport {

    private final Console console;
    private final List<String> lines = new ArrayList<>();

    BenchReport(Console console) {
        this.console = console;
    }

    void say(String format, Object... args) {
        String line = String.format(format, args);
        lines.add(line);
        console.line(line);
    }

    /** Writes the figures so far to {@code bench-results/} in the repository and says where. */
    Path write(StackLayout layout, String name) throws IOException {
        Path results = layout.repo().resolve("bench-results");
        Files.createDirectories(results);
        Path out = results.resolve(name + "-" + Instant.now().toString().replace(':', '-') + ".txt");
        Files.write(out, lines);
        console.line("Figures written to %s", out);
        return out;
    }
}
