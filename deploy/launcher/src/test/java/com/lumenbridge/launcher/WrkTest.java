package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkTest {

    @TempDir
    Path dir;

    @Test
    void theScriptFormatsEveryVariantOnceAndSendsThemInTurn() {
        String script = Wrk.script("/api/catalog/whoami", List.of(Map.of("Authorization", "Bearer k1"),
            Map.of("Authorization", "Bearer k2")));

        assertThat(script).contains("""
            local variants = {
              {["Authorization"] = "Bearer k1"},
              {["Authorization"] = "Bearer k2"},
            }""")
            .contains("requests[i] = wrk.format(\"GET\", \"/api/catalog/whoami\", headers)")
            .contains("turn = turn % #requests + 1");
    }

    @Test
    void aVariantWithoutHeadersIsAnEmptyTable() {
        assertThat(Wrk.script("/", List.of(Map.of()))).contains("local variants = {\n  {},\n}");
    }

    @Test
    void quotesAndBackslashesCannotEndTheLuaString() {
        assertThat(Wrk.script("/", List.of(Map.of("X-Note", "say \"hi\" \\ bye"))))
            .contains("{[\"X-Note\"] = \"say \\\"hi\\\" \\\\ bye\"}");
        assertThatThrownBy(() -> Wrk.script("/", List.of(Map.of("X-Note", "two\nlines"))))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rotatesTheKeysAcrossRequestsAgainstARealServer() throws Exception {
        Optional<Path> wrk = Executables.find("wrk", System.getenv());
        assumeThat(wrk).as("wrk is installed (apt-get install wrk)").isPresent();
        List<String> keys = List.of("Bearer k1", "Bearer k2", "Bearer k3");
        try (TestServer server = new TestServer("Authorization")) {
            WrkReport report = new Wrk(wrk.get(), dir).run(URI.create("http://127.0.0.1:" + server.port() + "/api/catalog/whoami"),
                keys.stream().map(key -> Map.of("Authorization", key)).toList(), 1, 2, 1);

            assertThat(report.requests()).isPositive();
            assertThat(report.errors()).isZero();
            assertThat(server.seen()).containsAll(keys).allMatch(keys::contains);
        }
        assertThat(dir).isEmptyDirectory();
    }
}
