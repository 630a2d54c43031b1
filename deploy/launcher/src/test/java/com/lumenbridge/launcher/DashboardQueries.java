package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PromQL of deploy/: every Grafana panel target and every Prometheus alert, and the metric
 * names each one reads — so a test can hold them against what the running services expose.
 */
final class DashboardQueries {

    /** Names PromQL gives meaning to that are not metrics: functions, aggregations, keywords. */
    private static final Set<String> NOT_METRICS = Set.of("sum", "avg", "min", "max", "count", "rate", "irate",
        "increase", "delta", "idelta", "histogram_quantile", "by", "without", "on", "ignoring", "group_left",
        "group_right", "bool", "and", "or", "unless", "offset", "clamp_min", "clamp_max", "abs", "time", "vector",
        "scalar", "topk", "bottomk", "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "label_replace",
        "absent", "changes", "resets", "deriv", "predict_linear", "round", "ceil", "floor", "sort", "sort_desc", "inf", "nan");
    private static final Pattern QUOTED = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPINGS = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    /** Grafana template variables and their interval macros. */
    private static final Pattern GRAFANA_VARIABLES = Pattern.compile("\\$\\{?[\\w:]+}?");

    record Query(String where, String expr) {
    }

    private DashboardQueries() {
    }

    static List<Query> all(Path repo) {
        List<Query> queries = new ArrayList<>();
        try (Stream<Path> dashboards = Files.list(repo.resolve("deploy/grafana/dashboards"))) {
            for (Path dashboard : dashboards.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collect(new ObjectMapper().readTree(dashboard.toFile()), dashboard.getFileName().toString(), queries);
            }
            JsonNode alerts = new YAMLMapper().readTree(repo.resolve("deploy/prometheus/alerts.yml").toFile());
            for (JsonNode group : alerts.path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    queries.add(new Query("alert " + rule.path("alert").asText(), rule.path("expr").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    private static void collect(JsonNode node, String where, List<Query> into) {
        if (node.isObject()) {
            if (node.has("expr") && node.get("expr").isTextual()) {
                into.add(new Query(where + " / " + node.path("refId").asText("?"), node.get("expr").asText()));
            }
            String title = node.has("title") ? where.split(" / ")[0] + " / " + node.get("title").asText() : where;
            node.fields().forEachRemaining(field -> collect(field.getValue(), title, into));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, where, into));
        }
    }

    /** The metric names an expression reads. */
    static Set<String> metricNames(String expr) {
        String bare = GRAFANA_VARIABLES.matcher(expr).replaceAll("1");
        bare = QUOTED.matcher(bare).replaceAll("\"\"");
        bare = LABEL_MATCHERS.matcher(bare).replaceAll(" ");
        bare = RANGES.matcher(bare).replaceAll(" ");
        bare = GROUPINGS.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(bare);
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean call = matcher.group(2) != null;
            if (!call && !NOT_METRICS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }
}
