package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardQueriesTest {

    @Test
    void readsTheMetricNamesOutOfPromQl() {
        assertThat(DashboardQueries.metricNames(
            "histogram_quantile(0.99, sum by (le, job) (rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\"}[5m])))"))
            .containsExactly("http_server_requests_seconds_bucket");
        assertThat(DashboardQueries.metricNames(
            "sum(rate(a_total{status=\"5xx\"}[$__rate_interval])) / ignoring(status) sum(rate(b_total[5m])) > 0.05"))
            .containsExactly("a_total", "b_total");
        assertThat(DashboardQueries.metricNames("max by (job, client_id) (kafka_consumer_fetch_manager_records_lag_max) > 1000"))
            .containsExactly("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(DashboardQueries.metricNames("up{job=~\"gateway|crm-service\"} == 0")).containsExactly("up");
    }

    @Test
    void findsAQueryInEveryDashboardAndAlert() {
        assertThat(DashboardQueries.all(LauncherRun.REPO))
            .isNotEmpty()
            .allSatisfy(query -> assertThat(DashboardQueries.metricNames(query.expr())).as(query.where()).isNotEmpty());
    }
}
