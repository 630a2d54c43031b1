package com.lumenbridge.gateway.ops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void readsSamplesWithLabelsAndSkipsHelpAndTypeLines() {
        List<MetricSample> samples = PrometheusText.parse("""
            # HELP http_server_requests_seconds  
            # TYPE http_server_requests_seconds histogram
            http_server_requests_seconds_count{method="GET",status="200",uri="/api/stores"} 12.0
            lumenbridge_outbox_backlog{collection="orders",} 3.0
            process_uptime_seconds 81.25
            """);

        assertThat(samples).containsExactly(
            new MetricSample("http_server_requests_seconds_count", Map.of("method", "GET", "status", "200", "uri", "/api/stores"), 12.0),
            new MetricSample("lumenbridge_outbox_backlog", Map.of("collection", "orders"), 3.0),
            new MetricSample("process_uptime_seconds", Map.of(), 81.25));
    }

    @Test
    void unescapesLabelValues() {
        MetricSample sample = PrometheusText.parse("m{path=\"C:\\\\temp\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",brace=\"}{,\"} 1\n").get(0);

        assertThat(sample.labels()).containsExactlyInAnyOrderEntriesOf(
            Map.of("path", "C:\\temp", "quote", "say \"hi\"", "nl", "a\nb", "brace", "}{,"));
    }

    @Test
    void readsInfinitiesNaNExponentsTimestampsAndExemplars() {
        List<MetricSample> samples = PrometheusText.parse("""
            a_bucket{le="+Inf"} +Inf
            b -Inf
            c NaN
            d 1.5e3 1700000000000
            e_total 7 # {trace_id="abc"} 1.0 1700000000.000
            """);

        assertThat(samples).extracting(MetricSample::value)
            .containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1500.0, 7.0);
    }

    @Test
    void toleratesWindowsLineEndingsAndBlankLines() {
        assertThat(PrometheusText.parse("a 1\r\n\r\nb{x=\"y\"} 2\r\n")).extracting(MetricSample::name).containsExactly("a", "b");
    }

    @Test
    void refusesJsonNamingTheLine() {
        assertThatThrownBy(() -> PrometheusText.parse("a 1\n{\"status\":\"UP\"}\n"))
            .isInstanceOf(MalformedMetrics.class)
            .hasMessageContaining("Line 2");
    }

    @Test
    void refusesAnUnclosedLabelValueAndAMissingValue() {
        assertThatThrownBy(() -> PrometheusText.parse("a{x=\"y} 1")).isInstanceOf(MalformedMetrics.class)
            .hasMessageContaining("not closed");
        assertThatThrownBy(() -> PrometheusText.parse("a{x=\"y\"}")).isInstanceOf(MalformedMetrics.class)
            .hasMessageContaining("no value");
        assertThatThrownBy(() -> PrometheusText.parse("a twelve")).isInstanceOf(MalformedMetrics.class)
            .hasMessageContaining("'twelve' is not a number");
    }
}
