package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against real {@code /proc/<pid>/status} texts (src/test/resources/proc). */
class ResidentMemoryTest {

    @Test
    void readsVmRssInKib() throws IOException {
        assertThat(ResidentMemory.parse(fixture("running-status.txt"))).hasValue(1612);
    }

    @Test
    void aZombieHoldsNoMemoryToReport() throws IOException {
        assertThat(ResidentMemory.parse(fixture("zombie-status.txt"))).isEmpty();
    }

    @Test
    void readsTheMemoryOfALiveProcess() {
        // no JVM runs in less than 10 MiB
        assertThat(ResidentMemory.kibOf(ProcessHandle.current().pid()).orElseThrow()).isGreaterThan(10 * 1024);
    }

    @Test
    void aProcessThatIsGoneHasNone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();

        assertThat(ResidentMemory.kibOf(gone.pid())).isEmpty();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ResidentMemoryTest.class.getResourceAsStream("/proc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
