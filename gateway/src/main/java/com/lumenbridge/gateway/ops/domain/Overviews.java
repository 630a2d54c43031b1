package com.lumenbridge.gateway.ops.domain;

import com.lumenbridge.gateway.ops.domain.ServiceOverview.Counted;
import com.lumenbridge.gateway.ops.domain.ServiceOverview.Figure;
import com.lumenbridge.gateway.ops.domain.ServiceOverview.Lag;
import com.lumenbridge.gateway.ops.domain.ServiceOverview.Latency;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Turns a service's reading, and the one before it, into its overview. Counters only grow, so a
 * rate is the difference between two scrapes over the time between them; a counter that went down
 * was reset by a restart, and its new value is then the whole difference (as Prometheus' {@code
 * rate} treats it). The probes' and scrapers' own calls to {@code /actuator/**} are left out of
 * the request figures, or watching a service would make it look busy.
 */
public final class Overviews {

    static final String REQUESTS = "http_server_requests_seconds_count";
    static final String REQUEST_BUCKETS = "http_server_requests_seconds_bucket";
    static final String BREAKER_STATE = "resilience4j_circuitbreaker_state";
    static final String LAG = "kafka_consumer_fetch_manager_records_lag";
    static final String LAG_MAX = "kafka_consumer_fetch_manager_records_lag_max";
    static final String OUTBOX_BACKLOG = "lumenbridge_outbox_backlog";
    static final String DEAD_LETTERS = "lumenbridge_events_dead_lettered_total";
    static final String BUSINESS_PREFIX = "lumenbridge_";

    /** The overview call itself waits for every scrape; it is the page polling, not traffic. */
    static final String OVERVIEW_URI = "/api/admin/ops/overview";

    private static final Predicate<MetricSample> NOT_ACTUATOR = sample -> {
        String uri = String.valueOf(sample.label("uri"));
        return !uri.startsWith("/actuator") && !uri.equals(OVERVIEW_URI);
    };
    private static final Predicate<MetricSample> SERVER_ERROR =
        NOT_ACTUATOR.and(sample -> String.valueOf(sample.label("status")).startsWith("5"));

    private Overviews() {
    }

    /** @param previous the same service's earlier scrape, or {@code null} */
    public static ServiceOverview of(ServiceReading reading, Scrape previous) {
        Scrape current = reading.metrics();
        if (current == null) {
            return new ServiceOverview(reading.service(), reading.url(), reading.health().status(),
                reading.health().components(), reading.problem(), null, null, null, null,
                new Latency(null, null, null), Map.of(), null, null, null, Map.of());
        }
        Window window = previous == null || !previous.at().isBefore(current.at()) ? null : new Window(previous, current);
        Double requests = window == null ? null : window.rate(REQUESTS, NOT_ACTUATOR);
        Double errors = window == null ? null : window.rate(REQUESTS, SERVER_ERROR);
        Double errorRatio = requests == null || requests == 0 ? null : errors / requests;
        return new ServiceOverview(reading.service(), reading.url(), reading.health().status(),
            reading.health().components(), reading.problem(),
            window == null ? null : window.seconds(),
            requests, errors, errorRatio,
            latency(current, window),
            breakers(current),
            lag(current),
            current.has(OUTBOX_BACKLOG) ? current.sum(OUTBOX_BACKLOG, all()) : null,
            current.has(DEAD_LETTERS)
                ? new Counted(current.sum(DEAD_LETTERS, all()), window == null ? null : window.rate(DEAD_LETTERS, all()))
                : null,
            figures(current, window));
    }

    private static Latency latency(Scrape current, Window window) {
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        current.named(REQUEST_BUCKETS).filter(NOT_ACTUATOR).forEach(sample -> {
            String le = sample.label("le");
            if (le != null) {
                double observed = window == null ? sample.value() : window.increase(sample);
                buckets.merge(PrometheusText.value(le), observed, Double::sum);
            }
        });
        return new Latency(millis(Histograms.quantile(0.50, buckets)), millis(Histograms.quantile(0.95, buckets)),
            millis(Histograms.quantile(0.99, buckets)));
    }

    private static Double millis(OptionalDouble seconds) {
        return seconds.isPresent() ? seconds.getAsDouble() * 1000 : null;
    }

    /** Resilience4j exports one series per state per breaker; the one at 1 is the breaker's state. */
    private static Map<String, String> breakers(Scrape current) {
        Map<String, String> states = new TreeMap<>();
        current.named(BREAKER_STATE)
            .filter(sample -> sample.value() >= 1 && sample.label("name") != null && sample.label("state") != null)
            .forEach(sample -> states.put(sample.label("name"), sample.label("state")));
        return states;
    }

    private static Lag lag(Scrape current) {
        if (!current.has(LAG) && !current.has(LAG_MAX)) {
            return null;
        }
        Map<String, Double> byTopic = new TreeMap<>();
        current.named(LAG).filter(sample -> !Double.isNaN(sample.value()) && sample.label("topic") != null)
            .forEach(sample -> byTopic.merge(sample.label("topic"), sample.value(), Double::sum));
        double total = byTopic.values().stream().mapToDouble(Double::doubleValue).sum();
        OptionalDouble max = current.named(LAG_MAX).mapToDouble(MetricSample::value).filter(v -> !Double.isNaN(v)).max();
        return new Lag(total, max.isPresent() ? max.getAsDouble() : null, byTopic);
    }

    /** Every {@code lumenbridge_*} series by name, so a new business metric shows without a code change. */
    private static Map<String, List<Figure>> figures(Scrape current, Window window) {
        Map<String, List<Figure>> figures = new TreeMap<>();
        current.samples().stream()
            .filter(sample -> sample.name().startsWith(BUSINESS_PREFIX) && !sample.name().endsWith("_bucket"))
            .forEach(sample -> {
                boolean counter = sample.name().endsWith("_total") || sample.name().endsWith("_count");
                Double perSecond = counter && window != null ? window.increase(sample) / window.seconds() : null;
                figures.computeIfAbsent(sample.name(), name -> new java.util.ArrayList<>())
                    .add(new Figure(new LinkedHashMap<>(sample.labels()), sample.value(), perSecond));
            });
        figures.replaceAll((name, list) -> List.copyOf(list));
        return figures;
    }

    private static Predicate<MetricSample> all() {
        return sample -> true;
    }

    /** Two scrapes of one service, the earlier indexed by series. */
    private static final class Window {

        private final Scrape current;
        private final Map<String, Double> before = new HashMap<>();
        private final double seconds;

        Window(Scrape previous, Scrape current) {
            this.current = current;
            previous.samples().forEach(sample -> before.put(sample.seriesKey(), sample.value()));
            this.seconds = Duration.between(previous.at(), current.at()).toNanos() / 1e9;
        }

        double seconds() {
            return seconds;
        }

        /** How much a counter grew; a series that is new, or went down (a restart), grew by its whole value. */
        double increase(MetricSample sample) {
            Double earlier = before.get(sample.seriesKey());
            if (Double.isNaN(sample.value())) {
                return 0;
            }
            if (earlier == null || Double.isNaN(earlier) || sample.value() < earlier) {
                return sample.value();
            }
            return sample.value() - earlier;
        }

        double rate(String name, Predicate<MetricSample> which) {
            return current.named(name).filter(which).mapToDouble(this::increase).sum() / seconds;
        }
    }
}
