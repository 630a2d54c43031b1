package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The full command line of a running process, by PID; empty when it is gone or cannot be read. */
@FunctionalInterface
interface CommandLines {

    Optional<List<String>> of(long pid);

    /** Reads {@code /proc/<pid>/cmdline} where there is one, else asks the JDK. */
    static CommandLines system() {
        return pid -> {
            Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
            if (Files.exists(Path.of("/proc/self"))) {
                try {
                    String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                    return raw.isEmpty() ? Optional.empty() : Optional.of(Arrays.asList(raw.split("\0")));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            return ProcessHandle.of(pid).map(ProcessHandle::info).flatMap(info -> info.command().map(command -> {
                List<String> line = new ArrayList<>();
                line.add(command);
                info.arguments().ifPresent(args -> line.addAll(Arrays.asList(args)));
                return line;
            }));
        };
    }
}
