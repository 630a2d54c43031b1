package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a process is in RAM: its resident set size, {@code VmRSS} in {@code /proc/<pid>/status}
 * (Linux). What a JVM really holds, unlike its heap settings, which say only what it may grow to.
 */
final class ResidentMemory {

    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB\\s*$");

    private ResidentMemory() {
    }

    /** In KiB; empty when the process is gone (or this is no Linux). */
    static OptionalLong kibOf(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmRSS} of a {@code /proc/<pid>/status} text in KiB; empty when it has none (a zombie). */
    static OptionalLong parse(String status) {
        Matcher matcher = VM_RSS.matcher(status);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
