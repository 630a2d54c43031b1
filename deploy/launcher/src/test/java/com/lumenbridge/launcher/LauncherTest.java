package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void anUnknownCommandPrintsTheUsage() {
        int code = Launcher.run(new String[] {"start"}, Map.of("LUMENBRIDGE_HOME", home.toString()), console);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./lumenbridge <command>");
    }

    @Test
    void theNewBenchmarksTakeOnlyTheirOwnArguments() {
        for (String[] command : List.of(new String[] {"bench", "gateway", "0"}, new String[] {"bench", "gateway", "ten"},
                new String[] {"bench", "gateway", "10", "20"}, new String[] {"bench", "startup", "10"})) {
            int code = Launcher.run(command, Map.of("LUMENBRIDGE_HOME", home.toString()), console);

            assertThat(code).as(String.join(" ", command)).isEqualTo(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bench gateway [seconds]", "bench startup");
    }

    @Test
    void chaosTakesTheSmallFlagAndScenarioNamesOnly() {
        int unknown = Launcher.run(new String[] {"chaos", "--small", "meteor"}, Map.of("LUMENBRIDGE_HOME", home.toString()), console);
        int named = Launcher.run(new String[] {"chaos", "kills", "--small", "ISOLATION"}, Map.of("LUMENBRIDGE_HOME", home.toString()),
            console);

        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("oversell|kills|dependency|input|isolation");
        assertThat(named).as("understood, and refused only because this home has no stack").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run ./lumenbridge up first");
    }

    @Test
    void logsOfAPartPrintsItsEndAndAcceptsTheShortName() throws Exception {
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("logs/catalog-service.log"), "Started CatalogServiceApplication\n");

        int code = Launcher.run(new String[] {"logs", "catalog"}, Map.of("LUMENBRIDGE_HOME", home.toString()), console);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Started CatalogServiceApplication\n")
            .contains("tail -f " + home.resolve("logs/catalog-service.log"));
    }

    @Test
    void logsOfAnUnknownPartListsTheLogs() {
        int code = Launcher.run(new String[] {"logs", "billing"}, Map.of("LUMENBRIDGE_HOME", home.toString()), console);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No part is called 'billing'");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("kafka", "mongo", "gateway", "crm-service");
    }

    @Test
    void downWithNothingRunningSaysSoAndSucceeds() {
        int code = Launcher.run(new String[] {"down"}, Map.of("LUMENBRIDGE_HOME", home.toString()), console);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Nothing of this stack is running");
    }
}
