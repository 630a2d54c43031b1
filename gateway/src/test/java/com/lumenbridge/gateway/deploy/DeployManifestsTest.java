package com.lumenbridge.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What can be checked of deploy/ without Docker or a cluster: every YAML and JSON file parses, and
 * the structure holds — each service has a Deployment with both probes and resources, a Service,
 * a disruption budget and an autoscaler; compose runs each with a health check, a memory limit and
 * a health-checked start order; every image is built by the repository's Dockerfile; every
 * variable a manifest sets for a service is one that service reads; Prometheus scrapes each
 * service and alerts on what the issue lists; every dashboard panel has a query.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final List<String> SERVICES = List.of("gateway", "catalog-service", "store-service", "order-service", "crm-service");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyYamlAndJsonFileParses() {
        List<Path> files = files("compose", "k8s", "prometheus", "grafana");
        assertThat(files).hasSizeGreaterThan(15);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                assertThat(yamlDocuments(file)).as(file.toString()).isNotEmpty();
            } else if (name.endsWith(".json")) {
                assertThat(JSON.readTree(read(file)).isObject()).as(file.toString()).isTrue();
            }
        }
    }

    @Test
    void everyServiceHasADeploymentWithProbesAndResourcesAServiceABudgetAndAnAutoscaler() {
        List<Map<String, Object>> docs = new ArrayList<>();
        files("k8s/base").stream().filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
            .forEach(f -> docs.addAll(yamlDocuments(f)));
        for (String service : SERVICES) {
            Map<String, Object> deployment = find(docs, "Deployment", service);
            Map<String, Object> template = map(map(deployment, "spec"), "template");
            Map<String, Object> podLabels = map(map(template, "metadata"), "labels");
            List<Map<String, Object>> containers = list(map(template, "spec"), "containers");
            assertThat(containers).as(service + " containers").hasSize(1);
            Map<String, Object> container = containers.get(0);
            assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
            assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(path(container, "resources", "requests", "memory")).as(service + " memory request").isNotNull();
            assertThat(path(container, "resources", "requests", "cpu")).as(service + " cpu request").isNotNull();
            assertThat(path(container, "resources", "limits", "memory")).as(service + " memory limit").isNotNull();
            assertThat(container.get("image")).isEqualTo("lumenbridge/" + service + ":0.1.0");

            Map<String, Object> svc = find(docs, "Service", service);
            assertThat(podLabels).as(service + "'s Service selects its pods").containsAllEntriesOf(map(map(svc, "spec"), "selector"));
            assertThat(map(find(docs, "PodDisruptionBudget", service), "spec")).containsKey("minAvailable");
            assertThat(path(find(docs, "HorizontalPodAutoscaler", service), "spec", "scaleTargetRef", "name")).isEqualTo(service);
        }
        Map<String, Object> ingress = find(docs, "Ingress", "gateway");
        assertThat(read(DEPLOY.resolve("k8s/base/ingress.yaml"))).contains("name: gateway");
        assertThat(ingress).isNotNull();
    }

    @Test
    void kustomizationsListExactlyTheFilesBesideThem() {
        for (String dir : List.of("k8s/base", "k8s/overlays/production")) {
            Map<String, Object> kustomization = yamlDocuments(DEPLOY.resolve(dir).resolve("kustomization.yaml")).get(0);
            List<String> resources = strings(kustomization.get("resources"));
            for (String resource : resources) {
                assertThat(DEPLOY.resolve(dir).resolve(resource)).as(dir + " lists " + resource).exists();
            }
            files(dir).stream()
                .filter(f -> f.getParent().equals(DEPLOY.resolve(dir)) && f.toString().endsWith(".yaml")
                    && !f.endsWith("kustomization.yaml"))
                .forEach(f -> assertThat(resources.contains(f.getFileName().toString())
                        || read(DEPLOY.resolve(dir).resolve("kustomization.yaml")).contains("path: " + f.getFileName()))
                    .as(f + " is used by its kustomization").isTrue());
        }
        String production = read(DEPLOY.resolve("k8s/overlays/production/kustomization.yaml"));
        assertThat(production).contains("kafka.yaml").contains("mongodb.yaml");
        assertThat(read(DEPLOY.resolve("k8s/overlays/production/kafka.yaml"))).contains("kind: Kafka\n").contains("kind: KafkaNodePool")
            .contains("strimzi.io/kraft: enabled");
        assertThat(read(DEPLOY.resolve("k8s/overlays/production/mongodb.yaml"))).contains("kind: MongoDBCommunity")
            .contains("type: ReplicaSet");
    }

    @Test
    void composeRunsEveryServiceHealthCheckedWithAMemoryLimitAndAHealthyStartOrder() {
        Map<String, Object> compose = yamlDocuments(DEPLOY.resolve("compose/compose.yaml")).get(0);
        Map<String, Object> services = map(compose, "services");
        assertThat(services).containsKeys("kafka", "mongo", "prometheus", "grafana");
        assertThat(services).containsKeys(SERVICES.toArray(String[]::new));
        services.forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) value;
            assertThat(path(service, "deploy", "resources", "limits", "memory")).as(name + " memory limit").isNotNull();
            if (!"no".equals(service.get("restart"))) {
                assertThat(service).as(name + " has a health check").containsKey("healthcheck");
            }
            if (service.containsKey("depends_on")) {
                map(service, "depends_on").forEach((dependency, condition) -> {
                    assertThat(services).as(name + " depends on " + dependency).containsKey(dependency);
                    assertThat(((Map<?, ?>) condition).get("condition")).as(name + " waits for " + dependency)
                        .isIn("service_healthy", "service_completed_successfully");
                });
            }
        });
        assertThat(strings(map(services, "mongo").get("command"))).contains("--replSet");
        assertThat(read(DEPLOY.resolve("compose/compose.yaml"))).contains("rs.initiate");
        assertThat(path(map(services, "kafka"), "environment", "KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        for (String service : SERVICES) {
            assertThat(map(services, service).get("image")).isEqualTo("lumenbridge/" + service + ":0.1.0");
            assertThat(path(map(services, service), "build", "dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            assertThat(path(map(services, service), "build", "args", "MODULE")).isEqualTo(service);
            assertThat(map(services, service)).containsKey("depends_on");
        }
    }

    @Test
    void everyImageTheManifestsNameIsBuiltByTheRepositorysDockerfile() {
        String dockerfile = read(DEPLOY.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre").contains("ARG MODULE").contains("USER 10001")
            .contains("HEALTHCHECK").contains("/actuator/health/readiness").contains("${MODULE}/target/${MODULE}.jar");
        Pattern image = Pattern.compile("image:\\s*\"?(lumenbridge/[a-z-]+):");
        Set<String> named = new HashSet<>();
        files("compose", "k8s").forEach(file -> {
            Matcher matcher = image.matcher(read(file));
            while (matcher.find()) {
                named.add(matcher.group(1));
            }
        });
        assertThat(named).hasSize(SERVICES.size());
        for (String name : named) {
            String module = name.substring("lumenbridge/".length());
            assertThat(ROOT.resolve(module).resolve("pom.xml")).as(name + " is built from a module").exists();
            assertThat(read(ROOT.resolve(module).resolve("pom.xml"))).contains("<finalName>" + module + "</finalName>");
        }
    }

    @Test
    void everyVariableAManifestSetsForAServiceIsOneTheServiceReads() {
        Map<String, Map<String, Object>> setByService = new LinkedHashMap<>();
        Map<String, Object> compose = map(yamlDocuments(DEPLOY.resolve("compose/compose.yaml")).get(0), "services");
        for (String service : SERVICES) {
            setByService.computeIfAbsent(service, s -> new LinkedHashMap<>()).putAll(map(map(compose, service), "environment"));
        }
        files("k8s/base").stream().filter(f -> !f.endsWith("kustomization.yaml")).forEach(file -> {
            for (Map<String, Object> doc : yamlDocuments(file)) {
                if ("Deployment".equals(doc.get("kind"))) {
                    String name = (String) map(doc, "metadata").get("name");
                    for (Map<String, Object> container : list(map(map(map(doc, "spec"), "template"), "spec"), "containers")) {
                        for (Map<String, Object> variable : list(container, "env")) {
                            setByService.get(name).put((String) variable.get("name"), "");
                        }
                    }
                }
            }
        });
        Set<String> platformReads = variablesIn(ROOT.resolve("platform/src/main/resources"));
        for (String service : SERVICES) {
            Set<String> reads = new HashSet<>(platformReads);
            reads.addAll(variablesIn(ROOT.resolve(service).resolve("src/main/resources")));
            assertThat(reads).as(service + " reads every variable the manifests set for it")
                .containsAll(setByService.get(service).keySet());
        }
        assertThat(setByService.get("gateway")).containsKeys("LUMENBRIDGE_INTERNAL_TOKEN_PRIVATE_KEY", "LUMENBRIDGE_OPERATOR_KEY");
        for (String service : SERVICES.subList(1, SERVICES.size())) {
            assertThat(setByService.get(service)).as("only the gateway holds the private key")
                .doesNotContainKeys("LUMENBRIDGE_INTERNAL_TOKEN_PRIVATE_KEY", "LUMENBRIDGE_OPERATOR_KEY")
                .containsKeys("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "LUMENBRIDGE_INTERNAL_TOKEN_PUBLIC_KEY");
        }
    }

    @Test
    void composeSecretsComeFromAnUncommittedEnvFileThatTheExampleDocuments() {
        Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(read(DEPLOY.resolve("compose/compose.yaml")));
        Set<String> secrets = new HashSet<>();
        while (required.find()) {
            secrets.add(required.group(1));
        }
        Set<String> documented = new HashSet<>();
        read(DEPLOY.resolve("compose/.env.example")).lines().filter(line -> line.matches("[A-Z_]+=.*"))
            .forEach(line -> {
                documented.add(line.substring(0, line.indexOf('=')));
                assertThat(line).as("the example holds no secret").endsWith("=");
            });
        assertThat(documented).isEqualTo(secrets).contains("LUMENBRIDGE_INTERNAL_TOKEN_PRIVATE_KEY", "LUMENBRIDGE_OPERATOR_KEY");
        assertThat(read(DEPLOY.resolve("compose/.gitignore")).lines()).contains(".env");
    }

    @Test
    void prometheusScrapesEachServiceAndAlertsOnWhatTheIssueLists() {
        Map<String, Object> config = yamlDocuments(DEPLOY.resolve("prometheus/prometheus.yml")).get(0);
        List<String> jobs = list(config, "scrape_configs").stream().map(job -> (String) job.get("job_name")).toList();
        assertThat(jobs).containsExactlyInAnyOrderElementsOf(SERVICES);
        list(config, "scrape_configs").forEach(job -> assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus"));

        Map<String, String> alerts = new LinkedHashMap<>();
        list(yamlDocuments(DEPLOY.resolve("prometheus/alerts.yml")).get(0), "groups")
            .forEach(group -> list(group, "rules").forEach(rule -> alerts.put((String) rule.get("alert"), (String) rule.get("expr"))));
        assertThat(alerts).containsKeys("ServiceDown", "HighErrorRate", "HighP99Latency", "CircuitBreakerOpen",
            "ConsumerLagHigh", "OutboxBacklogGrowing", "DeadLetters", "ReservationExpiries");
        alerts.forEach((name, expr) -> assertThat(expr).as(name).isNotBlank());
    }

    @Test
    void everyDashboardPanelHasAQueryAndGrafanaIsProvisioned() {
        List<Path> dashboards = files("grafana/dashboards");
        assertThat(dashboards).extracting(p -> p.getFileName().toString())
            .containsExactlyInAnyOrder("platform-overview.json", "messaging.json", "business.json");
        Set<String> uids = new HashSet<>();
        for (Path file : dashboards) {
            JsonNode dashboard = JSON.readTree(read(file));
            assertThat(uids.add(dashboard.get("uid").asText())).as("unique uid in " + file).isTrue();
            assertThat(dashboard.get("panels").size()).as(file.toString()).isGreaterThan(3);
            for (JsonNode panel : dashboard.get("panels")) {
                assertThat(panel.get("targets").size()).as(panel.get("title").asText()).isPositive();
                for (JsonNode target : panel.get("targets")) {
                    assertThat(target.get("expr").asText()).as(panel.get("title").asText()).isNotBlank();
                    assertThat(target.get("datasource").get("uid").asText()).isEqualTo("prometheus");
                }
            }
        }
        Map<String, Object> datasources = yamlDocuments(DEPLOY.resolve("grafana/provisioning/datasources/prometheus.yml")).get(0);
        assertThat(list(datasources, "datasources").get(0).get("uid")).isEqualTo("prometheus");
        Map<String, Object> providers = yamlDocuments(DEPLOY.resolve("grafana/provisioning/dashboards/lumenbridge.yml")).get(0);
        assertThat(path(list(providers, "providers").get(0), "options", "path")).isEqualTo("/var/lib/grafana/dashboards");
    }

    /** The variables a module's configuration reads, as {@code ${NAME}} or {@code ${NAME:default}}. */
    private static Set<String> variablesIn(Path resources) {
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(resources)) {
            files(resources).stream().filter(f -> f.toString().matches(".*\\.(ya?ml|properties)")).forEach(file -> {
                Matcher matcher = VARIABLE.matcher(read(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            });
        }
        return names;
    }

    private static Map<String, Object> find(List<Map<String, Object>> docs, String kind, String name) {
        return docs.stream().filter(doc -> kind.equals(doc.get("kind")) && name.equals(map(doc, "metadata").get("name")))
            .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }

    private static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(read(file))) {
            if (doc != null) {
                docs.add(cast((Map<?, ?>) doc));
            }
        }
        return docs;
    }

    private static List<Path> files(String... dirs) {
        List<Path> all = new ArrayList<>();
        for (String dir : dirs) {
            all.addAll(files(DEPLOY.resolve(dir)));
        }
        return all;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("'" + key + "' is a mapping").isInstanceOf(Map.class);
        return cast((Map<?, ?>) value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    private static Object path(Map<String, Object> root, String... keys) {
        Object at = root;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(key);
        }
        return at;
    }
}
