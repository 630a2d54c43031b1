package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./lumenbridge down}: stops the processes this stack started — services first, then Kafka,
 * then Mongo — with SIGTERM, and SIGKILL for any that outlive the grace period. Only processes that
 * still carry our tag are signalled. Data stays.
 */
final class DownCommand {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);
    private static final Duration KAFKA_GRACE = Duration.ofSeconds(30);
    private static final Duration MONGO_GRACE = Duration.ofSeconds(15);

    private final LocalStack stack;
    private final Console console;

    DownCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
    }

    int run() {
        for (String part : LocalStack.ALL_PARTS) {
            stack.pids().inspect(part).filter(r -> r.state() == PidFiles.State.NOT_OURS).ifPresent(r -> console.line(
                "%s: pid %d from %s now belongs to another program; left alone.", part, r.pid(),
                stack.layout().show(stack.pids().file(part))));
        }
        Map<String, ProcessHandle> running = stack.runningParts();
        if (running.isEmpty()) {
            console.line("Nothing of this stack is running (state in %s).", stack.layout().show(stack.layout().home()));
        } else {
            stopInOrder(running, console);
        }
        LocalStack.ALL_PARTS.forEach(stack.pids()::delete);
        StackRecord.delete(stack.layout());

        Map<String, ProcessHandle> left = stack.runningParts();
        if (!left.isEmpty()) {
            console.problem("Still running after SIGKILL: %s.", describe(left));
            return 1;
        }
        if (!running.isEmpty()) {
            console.line("Stopped. Data stays in %s; ./lumenbridge up starts the stack again.",
                stack.layout().show(stack.layout().home()));
        }
        return 0;
    }

    /**
     * Services first, so they are not left failing against a broker or database that went away,
     * then Kafka, then Mongo; each group gets SIGTERM and its grace period, then SIGKILL.
     */
    static void stopInOrder(Map<String, ProcessHandle> running, Console console) {
        Map<String, ProcessHandle> services = new LinkedHashMap<>(running);
        ProcessHandle kafka = services.remove(KafkaNode.PART);
        ProcessHandle mongo = services.remove(EmbeddedMongoServer.PART);
        stop(services, SERVICE_GRACE, console);
        stop(kafka == null ? Map.of() : Map.of(KafkaNode.PART, kafka), KAFKA_GRACE, console);
        stop(mongo == null ? Map.of() : Map.of(EmbeddedMongoServer.PART, mongo), MONGO_GRACE, console);
    }

    private static void stop(Map<String, ProcessHandle> parts, Duration grace, Console console) {
        if (parts.isEmpty()) {
            return;
        }
        console.line("Stopping %s...", describe(parts));
        List<ProcessHandle> killed = ProcessStopper.stop(List.copyOf(parts.values()), grace);
        parts.forEach((part, process) -> console.line("  %-16s %s", part,
            killed.contains(process) ? "killed (did not stop within " + grace.toSeconds() + " s of SIGTERM)" : "stopped"));
    }

    private static String describe(Map<String, ProcessHandle> parts) {
        return parts.entrySet().stream().map(e -> e.getKey() + " (pid " + e.getValue().pid() + ")")
            .collect(Collectors.joining(", "));
    }
}
