package com.lumenbridge.launcher;

import java.util.Optional;

/**
 * {@code ./lumenbridge status}: for every part, whether its process lives and whether it answers
 * (services: readiness 200; Kafka: the cluster describes itself; Mongo: ping). Exit 0 only when all are up.
 */
final class StatusCommand {

    private final LocalStack stack;
    private final Console console;

    StatusCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
    }

    int run() {
        Optional<StackRecord> recorded = StackRecord.load(stack.layout());
        StackRecord record = recorded.orElseGet(() ->
            new StackRecord(Infrastructure.from(stack.env()), ServiceSpec.selected(stack.env())));
        Infrastructure infrastructure = record.infrastructure();
        console.line("LumenBridge status (state in %s)", stack.layout().show(stack.layout().home()));
        int down = 0;
        try (Probes probes = new Probes()) {
            down += row(EmbeddedMongoServer.PART, infrastructure.embeddedMongo(), infrastructure.mongoUriForDisplay(),
                probes.mongoAnswers(infrastructure.mongoUri()), "answers ping");
            down += row(KafkaNode.PART, infrastructure.embeddedKafka(), infrastructure.kafkaBootstrapServers(),
                probes.kafkaAnswers(infrastructure.kafkaBootstrapServers()), "answers");
            for (ServiceSpec service : record.services()) {
                down += row(service.name(), true, service.url(), probes.serviceReady(service), "ready");
            }
        }
        int total = 2 + record.services().size();
        console.line();
        if (recorded.isEmpty()) {
            console.line("The stack has not been started: ./lumenbridge up starts it.");
            return 1;
        }
        if (down == 0) {
            console.line("All %d parts are up.", total);
            return 0;
        }
        console.line("%d of %d parts are not up: ./lumenbridge logs <part> shows why.", down, total);
        return 1;
    }

    /** Prints one part's line and returns 1 when it is not up. */
    private int row(String part, boolean ours, String address, boolean answers, String answering) {
        String process;
        boolean alive;
        if (!ours) {
            process = "external";
            alive = true;
        } else {
            Optional<PidFiles.Recorded> recorded = stack.pids().inspect(part);
            alive = recorded.filter(r -> r.state() == PidFiles.State.RUNNING).isPresent();
            process = recorded.map(r -> switch (r.state()) {
                case RUNNING -> "pid " + r.pid() + " running";
                case GONE -> "pid " + r.pid() + " gone";
                case NOT_OURS -> "pid " + r.pid() + " not ours";
            }).orElse("not started");
        }
        String health = answers ? answering : "not answering";
        if (answers && !alive) {
            health += " (but not a process of this stack)";
        }
        boolean up = alive && answers;
        console.line("  %-4s %-16s %-20s %-36s %s", up ? "UP" : "DOWN", part, process, health, address);
        return up ? 0 : 1;
    }
}
