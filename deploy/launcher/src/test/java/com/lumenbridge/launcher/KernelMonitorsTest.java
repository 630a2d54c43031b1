package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelMonitorsTest {

    @TempDir
    Path proc;

    @Test
    void countsOnlyKdamondThreadsAndTheirTimeOnACpu() throws IOException {
        process("1", "systemd", "5000000000 10 10");
        process("97", "kdamond.0", "1500000000 20 30");
        process("98", "kdamond.1", "500000000 20 30");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("uptime"), "12.0 20.0\n");

        KernelMonitors monitors = KernelMonitors.read(proc);

        assertThat(monitors).isEqualTo(new KernelMonitors(2, Duration.ofSeconds(2)));
    }

    @Test
    void describesTheShareOfOneCoreTheyTookOverARun() {
        KernelMonitors before = new KernelMonitors(1, Duration.ofSeconds(10));
        KernelMonitors after = new KernelMonitors(1, Duration.ofSeconds(16));

        assertThat(after.describeSince(before, Duration.ofSeconds(60)))
            .isEqualTo("1 kdamond thread running, 6.0 s of CPU over the run's 60 s (10.0 % of one core):"
                + " tails include its bursts");
    }

    @Test
    void saysSoWhenNoneRuns() throws IOException {
        process("1", "systemd", "5000000000 10 10");

        KernelMonitors monitors = KernelMonitors.read(proc);

        assertThat(monitors).isEqualTo(new KernelMonitors(0, Duration.ZERO));
        assertThat(monitors.describeSince(monitors, Duration.ofSeconds(60))).isEqualTo("none running (no kdamond thread)");
    }

    @Test
    void findsNoneWhereThereIsNoProcessTable() {
        assertThat(KernelMonitors.read(proc.resolve("absent"))).isEqualTo(new KernelMonitors(0, Duration.ZERO));
    }

    private void process(String pid, String comm, String schedstat) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid));
        Files.writeString(dir.resolve("comm"), comm + "\n");
        Files.writeString(dir.resolve("schedstat"), schedstat + "\n");
    }
}
