package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTagTest {

    private final ProcessTag tag = new ProcessTag(Path.of("/work/stack/.lumenbridge"));

    @Test
    void marksOnlyTheCommandLineOfItsOwnPartInItsOwnStack() {
        List<String> kafka = commandLine(tag, "kafka", "kafka.Kafka", "server.properties");

        assertThat(tag.marks(kafka, "kafka")).isTrue();
        assertThat(tag.marks(kafka, "mongo")).isFalse();
        assertThat(new ProcessTag(Path.of("/tmp/other-stack")).marks(kafka, "kafka")).isFalse();
        assertThat(tag.marks(List.of("java", "-jar", "catalog-service.jar"), "catalog-service")).isFalse();
    }

    @Test
    void tellsWhichPartAndWhichStackACommandLineBelongsTo() {
        List<String> catalog = commandLine(tag, "catalog-service", "-jar", "catalog-service.jar");

        assertThat(tag.partOf(catalog)).contains("catalog-service");
        assertThat(new ProcessTag(Path.of("/tmp/other-stack")).partOf(catalog)).isEmpty();
        assertThat(ProcessTag.homeOf(catalog)).contains("/work/stack/.lumenbridge");
        assertThat(ProcessTag.homeOf(List.of("nginx", "-g", "daemon off;"))).isEmpty();
    }

    static List<String> commandLine(ProcessTag tag, String part, String... rest) {
        List<String> line = new ArrayList<>(List.of("/usr/bin/java"));
        line.addAll(tag.jvmOptions(part));
        line.addAll(List.of(rest));
        return line;
    }
}
