package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void dividesEachPartsCpuSinceTheFirstReadingByTheWorkDone() {
        ProcessCpu before = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(10), "mongo", Duration.ofSeconds(3)));
        ProcessCpu after = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(12), "mongo", Duration.ofMillis(3500)));

        Map<String, Double> perOrder = after.perUnitSince(before, List.of("mongo", "gateway"), 100);

        assertThat(perOrder).containsExactly(Map.entry("mongo", 5.0), Map.entry("gateway", 20.0));
        assertThat(ProcessCpu.total(perOrder)).isCloseTo(25.0, within(1e-9));
        assertThat(ProcessCpu.describe(perOrder)).isEqualTo("mongo 5.0, gateway 20.0 = 25.0 ms");
    }

    @Test
    void leavesOutAPartThatWasNotRunningAtBothReadingsAndWorkOfNone() {
        ProcessCpu before = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(1)));
        ProcessCpu after = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(2), "kafka", Duration.ofSeconds(5)));

        assertThat(after.perUnitSince(before, List.of("kafka", "gateway"), 10)).containsOnlyKeys("gateway");
        assertThat(after.perUnitSince(before, List.of("kafka", "gateway"), 0)).isEmpty();
    }

    @Test
    void readsTheCpuThisProcessHasUsed() {
        ProcessCpu now = ProcessCpu.of(Map.of("me", ProcessHandle.current()));

        assertThat(now.used().get("me")).isPositive();
    }

    @Test
    void readsWhatThisJvmsJitCompilersHaveUsedApartFromTheRest() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task")),
            "compiler threads are read from /proc");
        ProcessCpu now = ProcessCpu.of(Map.of("me", ProcessHandle.current()));

        // this test JVM has compiled something by now; its compiler threads are a part of its CPU
        assertThat(now.compiling().get("me")).isPositive().isLessThan(now.used().get("me"));
        assertThat(now.jit().used()).isEqualTo(now.compiling());
    }

    @Test
    void aCompilerThreadThatEndedNeverMakesAPhaseCostLessThanNothing() {
        ProcessCpu before = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(5)));
        ProcessCpu after = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(4)));

        assertThat(after.perUnitSince(before, List.of("gateway"), 10)).containsExactly(Map.entry("gateway", 0.0));
    }

    @Test
    void givesTheShareOfThePartsCpuTheirCompilersTook() {
        ProcessCpu before = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(10), "catalog-service", Duration.ofSeconds(4)),
            Map.of("gateway", Duration.ofSeconds(2), "catalog-service", Duration.ofSeconds(1)));
        ProcessCpu after = new ProcessCpu(Map.of("gateway", Duration.ofSeconds(13), "catalog-service", Duration.ofSeconds(5)),
            Map.of("gateway", Duration.ofSeconds(4), "catalog-service", Duration.ofSeconds(1)));

        assertThat(after.compilingShareSince(before, List.of("gateway", "catalog-service"))).isCloseTo(0.5, within(1e-9));
        assertThat(after.compilingShareSince(before, List.of("catalog-service"))).isZero();
        assertThat(before.compilingShareSince(before, List.of("gateway"))).as("no CPU at all").isZero();
    }
}
