package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chaos run found: every line it said (kept for the findings file) and every invariant it
 * saw broken. Owned by {@link ChaosCommand} and handed to each scenario, so scenarios in their own
 * classes report into one place.
 */
final class Findings {

    private final Console console;
    private final List<String> report = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    Findings(Console console) {
        this.console = console;
    }

    /** Says whether {@code invariant} held, and remembers it when it did not. */
    boolean check(boolean holds, String invariant) {
        say("   %s %s", holds ? "ok  " : "FAIL", invariant);
        if (!holds) {
            violations.add(invariant);
        }
        return holds;
    }

    void say(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        report.add(line);
        console.line(line);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    /** Sums up the broken invariants and writes every line said to {@code file}. */
    void conclude(Path file) throws IOException {
        say("");
        if (violations.isEmpty()) {
            say("Every invariant held.");
        } else {
            say("%d invariant(s) broken:", violations.size());
            violations.forEach(v -> say("  - %s", v));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }
}
