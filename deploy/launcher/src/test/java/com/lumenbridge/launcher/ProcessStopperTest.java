package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessStopperTest {

    @Test
    void stopsAProcessWithSigtermAndKillsOneThatIgnoresIt() throws Exception {
        Process polite = new ProcessBuilder("sleep", "60").start();
        // an ignored signal stays ignored across exec, so this sleep shrugs SIGTERM off
        Process stubborn = new ProcessBuilder("bash", "-c", "trap '' TERM; exec sleep 60").start();
        awaitIgnoringTerm(stubborn);

        List<ProcessHandle> killed = ProcessStopper.stop(List.of(polite.toHandle(), stubborn.toHandle()),
            Duration.ofMillis(500));

        assertThat(killed).containsExactly(stubborn.toHandle());
        assertThat(polite.isAlive()).isFalse();
        assertThat(stubborn.isAlive()).isFalse();
        assertThat(polite.exitValue()).isEqualTo(143);
    }

    /** Until bash has exec'd into sleep, the trap may not be set yet. */
    private static void awaitIgnoringTerm(Process process) {
        await().atMost(Duration.ofSeconds(5))
            .until(() -> process.toHandle().info().command().orElse("").endsWith("sleep"));
    }
}
