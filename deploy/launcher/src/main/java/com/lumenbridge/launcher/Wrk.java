package com.lumenbridge.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs wrk, the closed-loop load generator, for the highest throughput a target reaches at a given
 * number of connections. Headers come from a Lua script that formats each request variant once and
 * then hands them out in turn, so rotating through many API keys costs wrk no more per request than
 * one fixed header: every target is driven by the same script and the same client work.
 */
final class Wrk {

    /** As long as the fixed-rate client waits, so a slow answer counts as latency, not as a socket error. */
    private static final String TIMEOUT = "10s";

    private final Path executable;
    private final Path scriptDir;

    /** @param scriptDir where the scripts go; they carry API keys or tokens, so they are owner-only and removed after use */
    Wrk(Path executable, Path scriptDir) {
        this.executable = executable;
        this.scriptDir = scriptDir;
    }

    /** {@code GET url}, each request with the next of {@code variants} as its headers. */
    WrkReport run(URI url, List<Map<String, String>> variants, int threads, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = scriptDir.resolve("wrk-" + url.getPort() + ".lua");
        OwnerOnlyFiles.write(script, script(url.getRawPath(), variants));
        try {
            Process wrk = new ProcessBuilder(executable.toString(), "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", TIMEOUT, "--latency", "-s", script.toString(), url.toString())
                .redirectErrorStream(true)
                .start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(30, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new LauncherException("wrk did not end after its " + seconds + " s run:\n" + output);
            }
            if (wrk.exitValue() != 0) {
                throw new LauncherException("wrk failed (exit code " + wrk.exitValue() + "):\n" + output);
            }
            return WrkReport.parse(output);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The Lua script: every variant formatted once per thread in {@code init}, then sent in turn. */
    static String script(String path, List<Map<String, String>> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("At least one request variant is needed, if only one without headers");
        }
        String table = variants.stream()
            .map(headers -> headers.entrySet().stream()
                .map(header -> "[" + lua(header.getKey()) + "] = " + lua(header.getValue()))
                .collect(Collectors.joining(", ", "  {", "},")))
            .collect(Collectors.joining("\n"));
        return """
            -- written by ./lumenbridge bench: request variants formatted once, then sent in turn
            local variants = {
            %s
            }
            local requests = {}
            local turn = 0

            function init(args)
              for i, headers in ipairs(variants) do
                requests[i] = wrk.format("GET", %s, headers)
              end
            end

            function request()
              turn = turn %% #requests + 1
              return requests[turn]
            end
            """.formatted(table, lua(path));
    }

    private static String lua(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("No control characters in a request header or path: " + text);
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
