package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsTest {

    @TempDir
    Path dir;

    @Test
    void remembersBrokenInvariantsAndWritesEverythingSaid() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Findings findings = new Findings(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        findings.say("3. Bad input");
        assertThat(findings.check(true, "no 5xx")).isTrue();
        assertThat(findings.check(false, "nothing changed")).isFalse();
        findings.conclude(dir.resolve("results/chaos.txt"));

        assertThat(findings.violations()).containsExactly("nothing changed");
        assertThat(Files.readAllLines(dir.resolve("results/chaos.txt"))).containsExactly("3. Bad input", "   ok   no 5xx",
            "   FAIL nothing changed", "", "1 invariant(s) broken:", "  - nothing changed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("   FAIL nothing changed");
    }

    @Test
    void aLineWithoutArgumentsIsTakenAsItIs() {
        Findings findings = new Findings(new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            System.err));
        findings.say("100% of requests");
        assertThat(findings.violations()).isEmpty();
    }
}
