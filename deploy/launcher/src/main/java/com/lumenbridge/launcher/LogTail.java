package com.lumenbridge.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The last lines of a log, read from its end: logs can grow large, and only the end matters here. */
final class LogTail {

    private static final int MAX_BYTES = 1 << 20;
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ )");

    private LogTail() {
    }

    static List<String> lastLines(Path log, int count) {
        return lastLines(log, count, line -> true);
    }

    /**
     * The last lines without Java stack frames ({@code at ...}, {@code ... 28 common frames omitted})
     * or blank lines, so a start-up failure shows its chain of {@code Caused by} messages.
     */
    static List<String> lastLinesWithoutStackFrames(Path log, int count) {
        return lastLines(log, count, line -> !line.isBlank() && !STACK_FRAME.matcher(line).find());
    }

    private static List<String> lastLines(Path log, int count, Predicate<String> keep) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().skip(size < length ? 1 : 0)
                .filter(keep).toList(); // when the read began mid-file, its first line is cut
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
