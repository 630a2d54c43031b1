package com.lumenbridge.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One stack as every command sees it: where it lives, its processes, the caller's environment, the console. */
final class LocalStack {

    /** Every part the launcher can run, in start order. */
    static final List<String> ALL_PARTS;

    static {
        List<String> parts = new ArrayList<>(List.of(EmbeddedMongoServer.PART, KafkaNode.PART));
        ServiceSpec.ALL.forEach(service -> parts.add(service.name()));
        ALL_PARTS = List.copyOf(parts);
    }

    private final StackLayout layout;
    private final Map<String, String> env;
    private final Console console;
    private final ProcessTag tag;
    private final PidFiles pids;

    LocalStack(StackLayout layout, Map<String, String> env, Console console) {
        this.layout = layout;
        this.env = env;
        this.console = console;
        this.tag = new ProcessTag(layout.home());
        this.pids = new PidFiles(layout.runDir(), tag, CommandLines.system());
    }

    /** The broker the running stack uses (its record says), else the one {@code up} would start or use. */
    String kafkaBootstrapServers() {
        return StackRecord.load(layout).map(record -> record.infrastructure().kafkaBootstrapServers())
            .orElseGet(() -> Infrastructure.from(env()).kafkaBootstrapServers());
    }

    /**
     * The operator key, once every one of {@code services} answers ready: what the benchmarks and
     * the chaos scenarios need before they can build a world. Empty, having told the user what to
     * do, when a service is not ready or there is no key.
     */
    java.util.Optional<OperatorKey> readyOperatorKey(List<ServiceSpec> services) {
        try (Probes probes = new Probes()) {
            for (ServiceSpec service : services) {
                if (!probes.serviceReady(service)) {
                    console.problem("%s is not ready: run ./lumenbridge up first.", service.name());
                    return java.util.Optional.empty();
                }
            }
        }
        java.util.Optional<OperatorKey> key = new SecretStore(layout.home()).existingOperatorKey(env);
        if (key.isEmpty()) {
            console.problem("No operator key: set %s, or run ./lumenbridge up first, which makes one.", OperatorKey.VARIABLE);
        }
        return key;
    }

    StackLayout layout() {
        return layout;
    }

    Map<String, String> env() {
        return env;
    }

    Console console() {
        return console;
    }

    ProcessTag tag() {
        return tag;
    }

    PidFiles pids() {
        return pids;
    }

    /**
     * Every process of this stack that is alive, by part: those the pid files name (checked to still
     * be ours) and any other process carrying our tag.
     */
    Map<String, ProcessHandle> runningParts() {
        Map<String, ProcessHandle> running = new LinkedHashMap<>();
        for (String part : ALL_PARTS) {
            pids.inspect(part).flatMap(PidFiles.Recorded::handle).ifPresent(handle -> running.put(part, handle));
        }
        pids.taggedProcesses().forEach(running::putIfAbsent);
        return running;
    }

    /** {@code catalog} or {@code catalog-service} → {@code catalog-service}; null when unknown. */
    static String partNamed(String name) {
        if (ALL_PARTS.contains(name)) {
            return name;
        }
        return ALL_PARTS.contains(name + "-service") ? name + "-service" : null;
    }
}
