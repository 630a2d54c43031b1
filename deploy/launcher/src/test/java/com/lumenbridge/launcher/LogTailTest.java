package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLastLinesEvenOfALogLargerThanItReads() throws Exception {
        Path log = dir.resolve("kafka.log");
        Files.writeString(log, IntStream.rangeClosed(1, 200_000).mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 199998", "line 199999", "line 200000");
    }

    @Test
    void leavesOutStackFramesAndBlankLinesSoTheCausesShow() throws Exception {
        Path log = dir.resolve("gateway.log");
        Files.writeString(log, """
            ERROR Application run failed
            java.lang.IllegalStateException: boom
            \tat com.example.A.b(A.java:1)
            \t... 28 common frames omitted

            Caused by: java.lang.IllegalArgumentException: no operator key
            \tat com.example.C.d(C.java:2)
            """);

        assertThat(LogTail.lastLinesWithoutStackFrames(log, 10)).containsExactly("ERROR Application run failed",
            "java.lang.IllegalStateException: boom", "Caused by: java.lang.IllegalArgumentException: no operator key");
    }

    @Test
    void aMissingLogHasNoLines() {
        assertThat(LogTail.lastLines(dir.resolve("none.log"), 5)).isEmpty();
    }
}
