package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against what wrk 4.1 really printed, run against a small local server (src/test/resources/wrk). */
class WrkReportTest {

    @Test
    void readsThroughputAndPercentilesInMilliseconds() throws IOException {
        WrkReport report = WrkReport.parse(fixture("all-ok.txt"));

        assertThat(report).isEqualTo(new WrkReport(1859, 613.23, 47.79, 98.65, 0, 0));
        assertThat(report.errors()).isZero();
    }

    @Test
    void convertsMicrosecondsToMilliseconds() throws IOException {
        WrkReport report = WrkReport.parse(fixture("microseconds.txt"));

        assertThat(report.p50Millis()).isEqualTo(0.703);
        assertThat(report.p99Millis()).isEqualTo(21.44);
        assertThat(report.requestsPerSecond()).isEqualTo(28080.59);
        assertThat(report.requests()).isEqualTo(91258);
    }

    @Test
    void convertsSecondsPrintedWithATrailingSpace() throws IOException {
        WrkReport report = WrkReport.parse(fixture("seconds.txt"));

        assertThat(report.p50Millis()).isEqualTo(1250.0);
        assertThat(report.p99Millis()).isEqualTo(1250.0);
        assertThat(report.requests()).isEqualTo(8);
    }

    @Test
    void countsNon2xxAnswersAsErrors() throws IOException {
        WrkReport report = WrkReport.parse(fixture("non-2xx.txt"));

        assertThat(report.non2xx()).isEqualTo(231);
        assertThat(report.socketErrors()).isZero();
        assertThat(report.errors()).isEqualTo(231);
    }

    @Test
    void countsEverySocketErrorAsAnError() throws IOException {
        WrkReport report = WrkReport.parse(fixture("timeouts.txt"));

        assertThat(report.socketErrors()).isEqualTo(16);
        assertThat(report.errors()).isEqualTo(16);
        assertThat(report.requestsPerSecond()).isEqualTo(9.47);
    }

    @Test
    void refusesOutputWithoutTheLatencyDistribution() {
        String withoutLatency = """
            Running 3s test @ http://127.0.0.1:18181/
              2 threads and 32 connections
              1859 requests in 3.03s, 225.11KB read
            Requests/sec:    613.23
            """;

        assertThatThrownBy(() -> WrkReport.parse(withoutLatency)).isInstanceOf(LauncherException.class)
            .hasMessageContaining("no 50% latency (was --latency given?)");
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = WrkReportTest.class.getResourceAsStream("/wrk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
