package com.lumenbridge.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;

/**
 * {@code ./lumenbridge up}: checks that nothing is in the way, starts Mongo and Kafka, creates the
 * topics, starts the five services, and waits until every one is ready — or, on the first failure or
 * at the deadline, says which part and why, and stops what it started.
 */
final class UpCommand {

    /**
     * With both JIT tiers the five services take 75–90 s side by side on two busy cores, and a
     * catalog of 100 000 products rebuilds its search index on top of that.
     */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(240);
    /** Seconds {@code up} may take before it gives up, for machines slower than the 2-core reference. */
    static final String TIMEOUT_VARIABLE = "LUMENBRIDGE_UP_TIMEOUT";
    /** JVM options for the services instead of {@link #SERVICE_JVM_OPTIONS}. */
    static final String JVM_OPTIONS_VARIABLE = "LUMENBRIDGE_SERVICE_JVM_OPTIONS";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_LINES_ON_FAILURE = 40;
    /** Several parts may time out together, and their logs then mostly repeat one complaint. */
    private static final int LOG_LINES_ON_TIMEOUT = 6;

    /**
     * Small heaps and serial GC, so five services fit side by side on two cores. Both JIT tiers stay
     * on: C1 alone started the stack sooner, but a C1-only catalog-service answered 180 searches/s
     * where the same service with C2 answers 280 (bench catalog's queries, 2 cores, 2026-11-25).
     *
     * <p>The heap is its full size from the start. Started at 64 MB and grown on demand, the serial
     * collector grew the old generation only by collecting it in full, and under load each of those
     * collections stopped a service for 230-240 ms (JFR, gateway and catalog-service, bench gateway
     * 2026-11-26): long enough for the gateway's bulkhead to fill and shed calls with 503. The young
     * generation (a third of the heap) is also five times larger, so it is collected five times less
     * often, for about the same pause. Metaspace may reach 128 MB before it triggers a collection:
     * the default, about 21 MB, set off three full collections while a service started.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of(
        "-Xms384m", "-Xmx384m", "-XX:MetaspaceSize=128m", "-Xss512k", "-XX:+UseSerialGC");

    private final LocalStack stack;
    private final Console console;
    private final StackLayout layout;
    private final ProcessStarter starter;
    /** What this run started, in start order: the only processes a failed run stops. */
    private final List<Started> started = new CopyOnWriteArrayList<>();
    private volatile boolean finished;
    /** Set by Ctrl-C or a kill: the processes then die because we stop them, which is no failure to report. */
    private volatile boolean interrupted;

    private record Started(String part, Process process) {
    }

    UpCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
        this.layout = stack.layout();
        this.starter = new ProcessStarter(layout, stack.tag(), stack.pids());
    }

    int run() {
        long began = System.nanoTime();
        Duration timeout = timeout(stack.env());
        Deadline deadline = Deadline.after(timeout);
        SecretStore secrets = new SecretStore(layout.home());

        Map<String, ProcessHandle> running = stack.runningParts();
        StackRecord plan;
        List<String> toStart;
        if (running.isEmpty()) {
            plan = new StackRecord(Infrastructure.from(stack.env()), ServiceSpec.selected(stack.env()));
            toStart = plan.parts();
        } else {
            Optional<StackRecord> record = StackRecord.load(layout);
            if (record.isEmpty() || !record.get().parts().containsAll(running.keySet())) {
                console.problem("Part of a stack is still running, from an up this state directory has no record of: %s.",
                    describe(running));
                console.problem("Run ./lumenbridge down, then ./lumenbridge up.");
                return 1;
            }
            plan = record.get();
            toStart = plan.parts().stream().filter(part -> !running.containsKey(part)).toList();
            if (toStart.isEmpty()) {
                console.line("LumenBridge is already up (%s). ./lumenbridge status checks its health.", describe(running));
                StackSummary.print(stack, plan, secrets.existingOperatorKey(stack.env()));
                return 0;
            }
            console.line("Running: %s. Starting the parts that stopped: %s.", String.join(", ", running.keySet()),
                String.join(", ", toStart));
        }
        Infrastructure infrastructure = plan.infrastructure();
        List<ServiceSpec> services = plan.services().stream().filter(s -> toStart.contains(s.name())).toList();
        List<String> missing = services.stream().map(layout::jar).filter(jar -> !Files.isRegularFile(jar))
            .map(layout::show).toList();
        if (!missing.isEmpty()) {
            console.problem("Not built yet: %s", String.join(", ", missing));
            console.problem("Build with ./mvnw -B -DskipTests package (./lumenbridge up does this for you).");
            return 1;
        }
        if (!portsFree(plan.portClaims(toStart))) {
            return 1;
        }

        console.line("Starting LumenBridge (state in %s, up to %d s)", layout.show(layout.home()), timeout.toSeconds());
        TokenKeys keys = secrets.tokenKeys();
        OperatorKey operatorKey = secrets.operatorKey(stack.env());
        toStart.forEach(stack.pids()::delete);
        plan.save(layout);

        Thread interrupted = new Thread(this::stopIfUnfinished, "lumenbridge-up-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try (Probes probes = new Probes()) {
            if (!startInfrastructure(infrastructure, toStart, probes, deadline)) {
                return failed();
            }
            for (ServiceSpec service : services) {
                starter.rotateLog(service.name());
                List<String> arguments = new ArrayList<>(serviceJvmOptions(stack.env()));
                arguments.addAll(List.of("-jar", layout.jar(service).toString()));
                Process process = starter.startDetached(service.name(), arguments,
                    ServiceEnvironment.of(service, infrastructure, keys, operatorKey));
                started.add(new Started(service.name(), process));
                console.line("  %-16s starting (pid %d)", service.name(), process.pid());
            }
            List<Readiness.Awaited> awaited = services.stream()
                .map(service -> new Readiness.Awaited(service.name(), processOf(service.name()),
                    () -> probes.serviceReady(service)))
                .toList();
            if (!awaitReady(awaited, deadline, began,
                    part -> probes.readinessDetail(ServiceSpec.find(part)))) {
                return failed();
            }
            finished = true;
        } finally {
            if (finished) {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            }
        }
        console.line();
        console.line("LumenBridge is up in %d s.", seconds(began));
        StackSummary.print(stack, plan, Optional.of(operatorKey));
        return 0;
    }

    private boolean portsFree(List<Ports.Claim> claims) {
        List<Ports.Busy> busy = Ports.busy(claims, PortHolders.system());
        boolean otherStack = false;
        for (Ports.Busy port : busy) {
            Optional<String> stackHome = port.holder().flatMap(holder -> ProcessTag.homeOf(holder.commandLine()));
            otherStack |= stackHome.isPresent();
            console.problem("Port %d, needed for %s, is already in use%s.", port.claim().port(), port.claim().purpose(),
                port.holder().map(holder -> " by " + stackHome
                    .map(home -> "pid " + holder.pid() + ", part of the LumenBridge stack in " + home
                        + " (stop it: LUMENBRIDGE_HOME=" + home + " ./lumenbridge down)")
                    .orElseGet(holder::describe)).orElse(""));
        }
        if (!busy.isEmpty()) {
            console.problem("Nothing was started. Stop what holds %s (ss -ltnp shows it), then run up again.",
                busy.size() == 1 ? "that port" : "those ports");
            boolean infrastructureBusy = busy.stream().anyMatch(port -> port.claim().port() == Infrastructure.KAFKA_PORT
                || port.claim().port() == Infrastructure.MONGO_PORT);
            if (infrastructureBusy && !otherStack) {
                console.problem("To use a Kafka or MongoDB that already runs there, set %s or %s.",
                    Infrastructure.KAFKA_VARIABLE, Infrastructure.MONGO_VARIABLE);
            }
        }
        return busy.isEmpty();
    }

    /** Starts the embedded parts named in {@code toStart}, then waits until Kafka and Mongo both answer. */
    private boolean startInfrastructure(Infrastructure infrastructure, List<String> toStart, Probes probes, Deadline deadline) {
        long began = System.nanoTime();
        List<Readiness.Awaited> awaited = new ArrayList<>();
        if (infrastructure.embeddedMongo() && toStart.contains(EmbeddedMongoServer.PART)) {
            starter.rotateLog(EmbeddedMongoServer.PART);
            Process mongo = starter.startDetached(EmbeddedMongoServer.PART, EmbeddedMongoServer.arguments(layout), Map.of());
            started.add(new Started(EmbeddedMongoServer.PART, mongo));
            console.line("  %-16s starting (pid %d, data in %s)", EmbeddedMongoServer.PART, mongo.pid(),
                layout.show(layout.mongoDir()));
        } else if (!infrastructure.embeddedMongo()) {
            console.line("  %-16s external: %s", EmbeddedMongoServer.PART, infrastructure.mongoUriForDisplay());
        }
        awaited.add(new Readiness.Awaited(EmbeddedMongoServer.PART, processOf(EmbeddedMongoServer.PART),
            () -> probes.mongoAnswers(infrastructure.mongoUri())));

        if (infrastructure.embeddedKafka() && toStart.contains(KafkaNode.PART)) {
            KafkaNode kafka = new KafkaNode(layout);
            starter.rotateLog(KafkaNode.PART);
            kafka.writeServerProperties();
            if (!kafka.isFormatted() && !format(kafka, deadline)) {
                return false;
            }
            Process broker = starter.startDetached(KafkaNode.PART, kafka.brokerArguments(), Map.of());
            started.add(new Started(KafkaNode.PART, broker));
            console.line("  %-16s starting (pid %d, KRaft, data in %s)", KafkaNode.PART, broker.pid(),
                layout.show(kafka.dataDir()));
        } else if (!infrastructure.embeddedKafka()) {
            console.line("  %-16s external: %s", KafkaNode.PART, infrastructure.kafkaBootstrapServers());
        }
        awaited.add(new Readiness.Awaited(KafkaNode.PART, processOf(KafkaNode.PART),
            () -> probes.kafkaAnswers(infrastructure.kafkaBootstrapServers())));

        if (!awaitReady(awaited, deadline, began, part -> part.equals(KafkaNode.PART)
                ? Probes.NO_ANSWER + " from " + infrastructure.kafkaBootstrapServers()
                : Probes.NO_ANSWER + " to ping from " + infrastructure.mongoUriForDisplay())) {
            return false;
        }
        try (Admin admin = KafkaTopics.admin(infrastructure.kafkaBootstrapServers(), Duration.ofSeconds(10))) {
            List<String> topics = KafkaTopics.all();
            List<String> created = KafkaTopics.ensure(admin, topics, Duration.ofSeconds(10));
            console.line("  %-16s %d present (%d created now)", "topics", topics.size(), created.size());
        } catch (LauncherException e) {
            console.problem(e.getMessage());
            return false;
        }
        return true;
    }

    /** Formats KRaft storage with a cluster id kept in {@code kafka/cluster.id}: once, on first start. */
    private boolean format(KafkaNode kafka, Deadline deadline) {
        console.line("  %-16s formatting its storage (first start)", KafkaNode.PART);
        Process format = starter.startHelper(KafkaNode.PART, kafka.formatArguments());
        Duration limit = FORMAT_TIMEOUT.compareTo(deadline.remaining()) < 0 ? FORMAT_TIMEOUT : deadline.remaining();
        try {
            if (!format.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                format.destroyForcibly();
                reportWithLog(KafkaNode.PART, "did not finish formatting its storage within " + limit.toSeconds() + " s",
                    LOG_LINES_ON_FAILURE);
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while formatting Kafka's storage", e);
        }
        if (format.exitValue() != 0) {
            reportWithLog(KafkaNode.PART, "could not format its storage (exit code " + format.exitValue() + ")",
                LOG_LINES_ON_FAILURE);
            return false;
        }
        return true;
    }

    private boolean awaitReady(List<Readiness.Awaited> parts, Deadline deadline, long began,
            Function<String, String> diagnose) {
        Readiness.Outcome outcome = new Readiness(POLL_INTERVAL).await(parts, deadline,
            part -> console.line("  %-16s ready after %d s", part, seconds(began)));
        if (interrupted) {
            return false;
        }
        if (outcome instanceof Readiness.Died died) {
            reportWithLog(died.part(), "exited with code " + died.exitCode() + " before it was ready",
                LOG_LINES_ON_FAILURE);
            return false;
        }
        if (outcome instanceof Readiness.TimedOut timedOut) {
            console.problem("");
            console.problem("Not ready before the deadline: %s.", String.join(", ", timedOut.notReady()));
            boolean stillStarting = false;
            for (String part : timedOut.notReady()) {
                String why = diagnose.apply(part);
                stillStarting |= why.startsWith(Probes.NO_ANSWER);
                reportWithLog(part, "was not ready in time: " + why, LOG_LINES_ON_TIMEOUT);
            }
            if (stillStarting) {
                console.problem("A slow machine? %s=<seconds> allows more (default %d).", TIMEOUT_VARIABLE,
                    DEFAULT_TIMEOUT.toSeconds());
            }
            return false;
        }
        return true;
    }

    private void reportWithLog(String part, String what, int lines) {
        Path log = layout.logFile(part);
        console.problem("");
        console.problem("%s %s. Last lines of %s:", part, what, layout.show(log));
        LogTail.lastLinesWithoutStackFrames(log, lines).forEach(line -> console.problem("    | %s", line));
    }

    private int failed() {
        if (interrupted) {
            return 1;
        }
        console.problem("");
        console.problem("Stopping what this run started...");
        stopStarted();
        finished = true;
        console.problem("Stopped. Logs stay in %s.", layout.show(layout.logsDir()));
        return 1;
    }

    /** Ctrl-C or a kill during {@code up}: leave nothing half-started behind. */
    private void stopIfUnfinished() {
        if (!finished) {
            interrupted = true;
            console.problem("");
            console.problem("Interrupted: stopping what this run started...");
            stopStarted();
        }
    }

    /** In the same order as {@code down}: services, then Kafka, then Mongo. */
    private synchronized void stopStarted() {
        Map<String, ProcessHandle> parts = new LinkedHashMap<>();
        started.forEach(s -> parts.put(s.part(), s.process().toHandle()));
        DownCommand.stopInOrder(parts, console);
        parts.keySet().forEach(stack.pids()::delete);
        started.clear();
    }

    private Optional<Process> processOf(String part) {
        return started.stream().filter(s -> s.part().equals(part)).map(Started::process).findFirst();
    }

    private static String describe(Map<String, ProcessHandle> running) {
        return running.entrySet().stream().map(e -> e.getKey() + " (pid " + e.getValue().pid() + ")")
            .collect(Collectors.joining(", "));
    }

    private static long seconds(long sinceNanos) {
        return Math.round((System.nanoTime() - sinceNanos) / 1e9);
    }

    /** {@value #JVM_OPTIONS_VARIABLE} (space-separated) replaces the default options, e.g. to profile. */
    static List<String> serviceJvmOptions(Map<String, String> env) {
        String value = env.get(JVM_OPTIONS_VARIABLE);
        if (value == null || value.isBlank()) {
            return SERVICE_JVM_OPTIONS;
        }
        return List.of(value.trim().split("\\s+"));
    }

    static Duration timeout(Map<String, String> env) {
        String value = env.get(TIMEOUT_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new LauncherException(TIMEOUT_VARIABLE + " must be a number of seconds, not '" + value + "'");
        }
    }
}
