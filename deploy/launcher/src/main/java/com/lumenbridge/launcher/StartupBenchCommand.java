package com.lumenbridge.launcher;

import com.lumenbridge.platform.identity.Scope;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./lumenbridge bench startup}: how long {@code up} takes from its start until every part is
 * ready, and how much memory (resident set size) each process of the stack holds — right at ready,
 * and again after the stack has idled {@value #SETTLE_SECONDS} s and served a few hundred requests
 * through the gateway, so the figures are not only cold ones. A running stack is stopped first with
 * {@code down} (its data stays), since a start that finds parts running starts only the rest. The
 * service jars must be built already (the {@code lumenbridge} script builds them before the launcher
 * runs): a missing jar is refused rather than built, because a time that included a build would
 * measure Maven, not the stack.
 */
final class StartupBenchCommand {

    static final int SETTLE_SECONDS = 10;
    static final int CALLS_PER_SERVICE = 100;
    private static final List<String> LOAD_SCOPES = List.of(Scope.CATALOG_READ.wireName(), Scope.STORES_READ.wireName(),
        Scope.ORDERS_READ.wireName(), Scope.CRM_READ.wireName());

    private final LocalStack stack;
    private final Console console;
    private final BenchReport report;

    StartupBenchCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
        this.report = new BenchReport(console);
    }

    int run() throws IOException, InterruptedException {
        List<String> missing = ServiceSpec.selected(stack.env()).stream().map(stack.layout()::jar)
            .filter(jar -> !Files.isRegularFile(jar)).map(stack.layout()::show).toList();
        if (!missing.isEmpty()) {
            console.problem("Not built yet: %s", String.join(", ", missing));
            console.problem("./lumenbridge bench startup builds them before it starts timing (or: ./mvnw -B -DskipTests package);"
                + " a start-up time must not include a build.");
            return 1;
        }
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        say("Start-up benchmark %s: ./lumenbridge up from stopped to every part ready, and the memory of each process", run);
        say("machine: %s", Machine.describe());
        say("service JVM options: %s", String.join(" ", UpCommand.serviceJvmOptions(stack.env())));
        if (!stack.runningParts().isEmpty()) {
            say("the stack was running: stopped first with ./lumenbridge down (data stays), so up starts every part");
            int down = new DownCommand(stack).run();
            if (down != 0) {
                console.problem("down could not stop the stack, so no start could be timed.");
                return down;
            }
        }
        say("load average before: %s", Machine.loadAverage());

        long began = System.nanoTime();
        int up = new UpCommand(stack).run();
        double upSeconds = (System.nanoTime() - began) / 1e9;
        if (up != 0) {
            console.problem("up failed, so there is no start-up to report.");
            return up;
        }
        Map<String, ProcessHandle> parts = stack.runningParts();
        Map<String, OptionalLong> atReady = residentMemory(parts);

        console.line("Idling %d s, then a few hundred whoami calls through the gateway...", SETTLE_SECONDS);
        TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
        String load = load(parts);
        Map<String, OptionalLong> afterLoad = residentMemory(parts);

        say("");
        say("up to every part ready: %.1f s (cold JVMs; the jars may well be in the OS page cache)", upSeconds);
        say("");
        say("%-16s %8s %14s %24s", "part", "pid", "RSS at ready", "RSS after idle + load");
        for (String part : LocalStack.ALL_PARTS) {
            ProcessHandle process = parts.get(part);
            if (process == null) {
                say("%-16s not run by this stack (external, or left out by %s)", part, ServiceSpec.SELECTION_VARIABLE);
            } else {
                say("%-16s %8d %14s %24s", part, process.pid(), mib(atReady.get(part)), mib(afterLoad.get(part)));
            }
        }
        say("%-16s %8s %14s %24s", "total", "", mib(total(atReady)), mib(total(afterLoad)));
        say("load: %s", load);
        say("load average after: %s", Machine.loadAverage());
        report.write(stack.layout(), "startup");
        console.line("The stack stays up; ./lumenbridge down stops it.");
        return 0;
    }

    /** {@value #CALLS_PER_SERVICE} whoami calls through the gateway to each service that runs; says what was done. */
    private String load(Map<String, ProcessHandle> parts) {
        Optional<OperatorKey> operatorKey = new SecretStore(stack.layout().home()).existingOperatorKey(stack.env());
        if (!parts.containsKey(ServiceSpec.GATEWAY.name()) || operatorKey.isEmpty()) {
            return "none (no gateway or no operator key)";
        }
        GatewayClient gateway = new GatewayClient(URI.create(ServiceSpec.GATEWAY.url()));
        String key = new DemoWorld(gateway, operatorKey.get().value(), line -> { })
            .tenant("Bench Startup " + UUID.randomUUID().toString().substring(0, 6), "STOREFRONT", LOAD_SCOPES).apiKey();
        List<ServiceSpec> services = ServiceSpec.BACKENDS.stream().filter(s -> parts.containsKey(s.name())).toList();
        int ok = 0;
        for (ServiceSpec service : services) {
            for (int call = 0; call < CALLS_PER_SERVICE; call++) {
                ok += gateway.get(service.apiBasePath() + "/whoami", key).status() == 200 ? 1 : 0;
            }
        }
        return String.format("%d of %d GET <service>/whoami through the gateway answered 200 (%s)", ok,
            services.size() * CALLS_PER_SERVICE, String.join(", ", services.stream().map(ServiceSpec::name).toList()));
    }

    private static Map<String, OptionalLong> residentMemory(Map<String, ProcessHandle> parts) {
        Map<String, OptionalLong> kib = new LinkedHashMap<>();
        parts.forEach((part, process) -> kib.put(part, ResidentMemory.kibOf(process.pid())));
        return kib;
    }

    private static OptionalLong total(Map<String, OptionalLong> kib) {
        return kib.values().stream().filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).reduce(Long::sum);
    }

    private static String mib(OptionalLong kib) {
        return kib.isPresent() ? String.format("%.1f MiB", kib.getAsLong() / 1024.0) : "gone";
    }

    private void say(String format, Object... args) {
        report.say(format, args);
    }
}
