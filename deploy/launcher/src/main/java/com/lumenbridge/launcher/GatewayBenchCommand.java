package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./lumenbridge bench gateway [seconds]}: what the gateway's edge costs, against two
 * baselines in the same run, all in front of the same tiny endpoint, catalog-service's
 * {@code GET /api/catalog/whoami} (it verifies the internal token and echoes the caller):
 * catalog-service called directly with an internal token minted here; the same through nginx as a
 * plain keep-alive reverse proxy that adds that token; and through the gateway as deployed — API key,
 * scope check, rate limit and circuit breaker on every request. Throughput comes from wrk at the same
 * connections, tail latency from an open-model client at two fixed rates, the one chosen from wrk's
 * throughputs and half of it, each in rounds that interleave the targets. The goal: the gateway
 * reaches at least half of nginx's throughput, and at most 1.5 × nginx's p99 at the same fixed
 * rate, at both rates.
 */
final class GatewayBenchCommand {

    static final String PATH = "/api/catalog/whoami";
    static final int THREADS = 2;
    static final int CONNECTIONS = 32;
    /** The warm-up's fixed rate; the measured one is chosen from what wrk found (see {@link #sustainableRate}). */
    static final int WARM_UP_RATE = 200;
    static final int MIN_RATE = 50;
    /** A median over this means calls queued: the target did not keep up with the rate. */
    static final double QUEUED_MILLIS = 50;
    /** The measured fixed rate is halved at most twice when a target does not keep up with it. */
    static final int FIXED_RATE_ATTEMPTS = 3;
    /** Each measured fixed-rate run follows this many seconds of the same load, not measured. */
    static final int FIXED_RATE_LEAD_IN_SECONDS = 3;
    /**
     * Each fixed rate is measured in this many rounds, every target once a round, their calls pooled
     * (see {@link #order}). One run per target, one after the other, left each target's tail to what
     * the machine happened to do in its own 15 s: nginx's p99 at about the same rate was 0.95 ms in
     * one run of the bench and 3.20 ms in another, and 3.21, 0.90 and 0.77 ms in three probe rounds
     * in a row (2026-11-27). Interleaved, every target meets the same machine.
     */
    static final int FIXED_RATE_ROUNDS = 3;
    /**
     * The gateway allows each tenant 300 requests/s (bursts of 600). Rotating through this many
     * storefronts, one key each, keeps every tenant under its limit up to 19,200 requests/s in all,
     * while the limiter still does its work on every request.
     */
    static final int TENANTS = 64;
    /** Each target is warmed with wrk in rounds of this length until it is steady (see {@link WarmUp}). */
    static final int WARM_UP_ROUND_SECONDS = 10;
    /** The parts whose CPU a gateway request costs. */
    private static final List<String> MEASURED_PARTS = List.of(ServiceSpec.GATEWAY.name(), ServiceSpec.CATALOG.name());
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int FIXED_RATE_SENDERS = 256;
    private static final FixedRateLoad LOAD = new FixedRateLoad(FIXED_RATE_SENDERS, Duration.ofSeconds(15));
    private static final String RATE_LIMITED_METRIC = "lumenbridge_gateway_rate_limited_total";

    private record Target(String name, URI uri, List<Map<String, String>> variants) {
    }

    /** {@code fixed} at the rate chosen from wrk's throughputs, {@code lighter} at half that rate. */
    private record Measured(Target target, WrkReport wrk, Rounds fixed, Rounds lighter) {
    }

    /** One target's fixed-rate rounds at one rate: their calls pooled, and each round on its own. */
    record Rounds(LoadResult pooled, List<LoadResult> each) {

        static Rounds of(List<Latencies> runs) {
            return new Rounds(Latencies.pooled(runs).result(), runs.stream().map(Latencies::result).toList());
        }
    }

    private final LocalStack stack;
    private final Console console;
    private final BenchReport report;
    private final GatewayClient gateway = new GatewayClient(URI.create(ServiceSpec.GATEWAY.url()));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)).build();
    /**
     * The fixed-rate calls: a client cheap enough not to crowd out what it measures (see
     * {@link LoadClient}). With the JDK's client, which hands every call between threads, the
     * fixed-rate runs of 2026-11-27 queued even direct calls at 2 450/s (median 81 ms).
     */
    private final LoadClient load = new LoadClient(FIXED_RATE_SENDERS, REQUEST_TIMEOUT);
    private final ObjectMapper json = new ObjectMapper();
    private int rate = WARM_UP_RATE;
    private int lighterRate = WARM_UP_RATE;

    GatewayBenchCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
        this.report = new BenchReport(console);
    }

    int run(int seconds) throws IOException, InterruptedException {
        Optional<Path> nginx = Executables.find("nginx", stack.env());
        Optional<Path> wrkExecutable = Executables.find("wrk", stack.env());
        List<String> missing = new ArrayList<>();
        if (nginx.isEmpty()) {
            missing.add("nginx");
        }
        if (wrkExecutable.isEmpty()) {
            missing.add("wrk");
        }
        if (!missing.isEmpty()) {
            console.problem("bench gateway measures the gateway against nginx, with wrk; not on the PATH or in /usr/sbin: %s.",
                String.join(", ", missing));
            console.problem("Install them (Debian, Ubuntu): sudo apt-get install nginx wrk");
            return 1;
        }
        Optional<OperatorKey> operatorKey = stack.readyOperatorKey(List.of(ServiceSpec.GATEWAY, ServiceSpec.CATALOG));
        if (operatorKey.isEmpty()) {
            return 1;
        }

        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        say("Gateway benchmark %s: GET %s on catalog-service directly, through nginx and through the gateway", run, PATH);
        say("machine: %s", Machine.describe());
        say("load average before: %s", Machine.loadAverage());
        KernelMonitors monitors = KernelMonitors.now();
        long began = System.nanoTime();
        List<DemoWorld.Tenant> storefronts = storefronts(operatorKey.get(), run);
        // a lifetime covering warm-up and every phase; the gateway's own tokens live shorter and are renewed
        String token = mintToken(storefronts.get(0).id(), Duration.ofMinutes(15).plusSeconds(6L * seconds));

        Path benchDir = stack.layout().benchDir();
        List<Measured> measured;
        try (NginxProxy proxy = NginxProxy.start(nginx.get(), benchDir.resolve("nginx"), ServiceSpec.CATALOG.port(),
                Map.of(InternalHeaders.TOKEN, token))) {
            List<Target> targets = List.of(
                new Target("direct", local(ServiceSpec.CATALOG.port()), List.of(Map.of(InternalHeaders.TOKEN, token))),
                new Target("nginx", local(proxy.port()), List.of(Map.of())),
                new Target("gateway", local(ServiceSpec.GATEWAY.port()), storefronts.stream()
                    .map(storefront -> Map.of("Authorization", "Bearer " + storefront.apiKey())).toList()));
            for (Target target : targets) {
                expectCaller(target, storefronts.get(0).id());
            }
            measured = measure(targets, new Wrk(wrkExecutable.get(), benchDir), seconds);
        }
        printRatios(measured.get(0), measured.get(1), measured.get(2));
        say("load average after: %s", Machine.loadAverage());
        say("the kernel's DAMON monitors over the whole run: %s",
            KernelMonitors.now().describeSince(monitors, Duration.ofNanos(System.nanoTime() - began)));
        report.write(stack.layout(), "gateway");
        return 0;
    }

    /** {@value #TENANTS} storefronts, one {@code catalog:read} key each, made through the admin API. */
    private List<DemoWorld.Tenant> storefronts(OperatorKey operatorKey, String run) {
        console.line("Creating %d storefront tenants, one catalog:read key each...", TENANTS);
        DemoWorld tenants = new DemoWorld(gateway, operatorKey.value(), line -> { });
        List<DemoWorld.Tenant> storefronts = new ArrayList<>();
        for (int i = 1; i <= TENANTS; i++) {
            storefronts.add(tenants.tenant("Bench Edge " + run + " " + i, "STOREFRONT", List.of(Scope.CATALOG_READ.wireName())));
        }
        return storefronts;
    }

    /**
     * Each target in turn warmed up and measured with wrk right after, then the fixed-rate client
     * in {@value #FIXED_RATE_ROUNDS} rounds over all targets, at each of two rates. Warming every
     * target first and measuring them all afterwards measured the gateway a minute after its
     * warm-up, and it then spent 7-10 % of the run compiling again: 3 123-3 695 requests/s where its
     * last warm-up rounds had done 4 643-5 305.
     */
    private List<Measured> measure(List<Target> targets, Wrk wrk, int seconds) throws IOException, InterruptedException {
        console.line("Each target: wrk in rounds of %d s until steady, then measured, then the fixed-rate client for 2 s...",
            WARM_UP_ROUND_SECONDS);
        OptionalLong limitedBefore = rateLimited();
        List<WrkReport> closedLoop = new ArrayList<>();
        for (Target target : targets) {
            List<String> compiling = new ArrayList<>();
            List<Double> rounds = WarmUp.untilSteady(() ->
                wrk.run(target.uri(), target.variants(), THREADS, CONNECTIONS, WARM_UP_ROUND_SECONDS).requestsPerSecond(),
                stack, MEASURED_PARTS, compiling);
            console.line("  %-8s %s", target.name(), WarmUp.describe(rounds));
            console.line("  %-8s gateway and catalog-service JIT compiling: %s %%", "", String.join(" → ", compiling));
            ProcessCpu before = ProcessCpu.of(stack.runningParts());
            WrkReport result = wrk.run(target.uri(), target.variants(), THREADS, CONNECTIONS, seconds);
            ProcessCpu after = ProcessCpu.of(stack.runningParts());
            Map<String, Double> cpu = after.perUnitSince(before, MEASURED_PARTS, Math.round(result.requestsPerSecond() * seconds));
            say("  wrk %-8s %8.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors; CPU per request: %s (%.0f %% JIT compiling)",
                target.name(), result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.errors(),
                ProcessCpu.describe(cpu), 100 * after.compilingShareSince(before, MEASURED_PARTS));
            closedLoop.add(result);
            fixedRate(target, WARM_UP_RATE, 2);
        }
        rate = sustainableRate(closedLoop);
        List<Latencies> firstRound;
        for (int attempt = 1; ; attempt++) {
            firstRound = round(targets, rate, seconds, 0);
            List<String> behind = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                if (!keptUp(firstRound.get(i).result(), rate)) {
                    behind.add(targets.get(i).name());
                }
            }
            if (behind.isEmpty() || rate <= MIN_RATE || attempt == FIXED_RATE_ATTEMPTS) {
                break;
            }
            int lower = lower(rate);
            console.line("  %d/s was more than %s kept up with (errors, a shortfall or a queue); again at %d/s",
                rate, String.join(" and ", behind), lower);
            rate = lower;
        }
        // The chosen rate can load the two cores fully, and then every target's tail is the machine's.
        // Half that rate shows each target's own tail too; the goal must hold at both.
        List<Rounds> fixed = rounds(targets, rate, seconds, firstRound);
        lighterRate = lower(rate);
        List<Rounds> lighter = rounds(targets, lighterRate, seconds, round(targets, lighterRate, seconds, 0));
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            measured.add(new Measured(targets.get(i), closedLoop.get(i), fixed.get(i), lighter.get(i)));
        }
        OptionalLong limitedAfter = rateLimited();
        printTable(measured, seconds);
        say("rate-limited (429) by the gateway during the measured runs, by its own count: %s",
            limitedBefore.isPresent() && limitedAfter.isPresent()
                ? Long.toString(limitedAfter.getAsLong() - limitedBefore.getAsLong())
                : "unknown (no " + RATE_LIMITED_METRIC + " on /actuator/prometheus)");
        return measured;
    }

    /** The {@value #FIXED_RATE_ROUNDS} rounds at one rate, the first of them already run; each target's pooled. */
    private List<Rounds> rounds(List<Target> targets, int ratePerSecond, int seconds, List<Latencies> first)
            throws InterruptedException {
        List<List<Latencies>> byTarget = new ArrayList<>();
        for (Latencies run : first) {
            byTarget.add(new ArrayList<>(List.of(run)));
        }
        for (int round = 1; round < FIXED_RATE_ROUNDS; round++) {
            List<Latencies> runs = round(targets, ratePerSecond, seconds, round);
            for (int i = 0; i < targets.size(); i++) {
                byTarget.get(i).add(runs.get(i));
            }
        }
        List<Rounds> rounds = byTarget.stream().map(Rounds::of).toList();
        for (int i = 0; i < targets.size(); i++) {
            console.line("  fixed %d/s, %d rounds %-8s %s", ratePerSecond, FIXED_RATE_ROUNDS, targets.get(i).name(),
                rounds.get(i).pooled());
        }
        return rounds;
    }

    /**
     * One round: each target at a fixed rate, after a lead-in at that rate that is not measured, in
     * the round's {@link #order}. The results are in the order of {@code targets}.
     */
    private List<Latencies> round(List<Target> targets, int ratePerSecond, int seconds, int round) throws InterruptedException {
        Latencies[] results = new Latencies[targets.size()];
        for (int i : order(targets.size(), round)) {
            Target target = targets.get(i);
            // Unmeasured: a new sender pool's threads and connections idle since the last run (a
            // service closes them after 20 s) put a second of start-up into the first calls' latency.
            fixedRate(target, ratePerSecond, FIXED_RATE_LEAD_IN_SECONDS);
            results[i] = fixedRate(target, ratePerSecond, seconds);
            console.line("  fixed %d/s, round %d %-8s %s", ratePerSecond, round + 1, target.name(), results[i]);
        }
        return List.of(results);
    }

    /**
     * The order the targets run in, in a round: shifted by one each round, so that over as many
     * rounds as targets each runs first, in the middle and last once.
     */
    static List<Integer> order(int targets, int round) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < targets; k++) {
            order.add((k + round) % targets);
        }
        return order;
    }

    private void printTable(List<Measured> measured, int seconds) {
        say("");
        say("%-8s | wrk -t%d -c%d, %d s (closed loop)     | open model, fixed %d req/s, %d x %d s | fixed %d req/s, %d x %d s",
            "", THREADS, CONNECTIONS, seconds, rate, FIXED_RATE_ROUNDS, seconds, lighterRate, FIXED_RATE_ROUNDS, seconds);
        say("%-8s | %9s %8s %8s %7s | %8s %8s %8s %7s | %8s %8s %8s %7s", "target", "req/s", "p50 ms", "p99 ms", "errors",
            "p50 ms", "p99 ms", "max ms", "errors", "p50 ms", "p99 ms", "max ms", "errors");
        for (Measured row : measured) {
            say("%-8s | %9.0f %8.2f %8.2f %7d | %8.2f %8.2f %8.2f %7d | %8.2f %8.2f %8.2f %7d", row.target().name(),
                row.wrk().requestsPerSecond(), row.wrk().p50Millis(), row.wrk().p99Millis(), row.wrk().errors(),
                row.fixed().pooled().p50(), row.fixed().pooled().p99(), row.fixed().pooled().max(),
                row.fixed().pooled().errors(), row.lighter().pooled().p50(), row.lighter().pooled().p99(),
                row.lighter().pooled().max(), row.lighter().pooled().errors());
        }
        for (Measured row : measured) {
            say("%-8s p99 in each round: %s ms at %d req/s, %s ms at %d req/s", row.target().name(),
                p99s(row.fixed()), rate, p99s(row.lighter()), lighterRate);
        }
        say("errors: non-2xx answers (429 among them) and failed or timed-out connections; wrk's percentiles are"
            + " closed-loop, the fixed-rate ones count from when each request was due, over the calls of all %d rounds",
            FIXED_RATE_ROUNDS);
    }

    private static String p99s(Rounds rounds) {
        return String.join(" / ", rounds.each().stream().map(round -> String.format("%.2f", round.p99())).toList());
    }

    /** The gateway's p99 over nginx's, round by round: how much of the pooled ratio one round decides. */
    static String roundRatios(Rounds gateway, Rounds nginx) {
        List<String> ratios = new ArrayList<>();
        for (int round = 0; round < gateway.each().size(); round++) {
            ratios.add(String.format("%.2f", gateway.each().get(round).p99() / nginx.each().get(round).p99()));
        }
        return String.join(", ", ratios);
    }

    private void printRatios(Measured direct, Measured nginx, Measured gateway) {
        double throughput = gateway.wrk().requestsPerSecond() / nginx.wrk().requestsPerSecond();
        LoadResult gatewayFixed = gateway.fixed().pooled();
        LoadResult nginxFixed = nginx.fixed().pooled();
        LoadResult directFixed = direct.fixed().pooled();
        LoadResult gatewayLighter = gateway.lighter().pooled();
        LoadResult nginxLighter = nginx.lighter().pooled();
        LoadResult directLighter = direct.lighter().pooled();
        double p99 = gatewayFixed.p99() / nginxFixed.p99();
        double lighterP99 = gatewayLighter.p99() / nginxLighter.p99();
        say("");
        say("throughput: gateway/nginx %.2f, gateway/direct %.2f, nginx/direct %.2f", throughput,
            gateway.wrk().requestsPerSecond() / direct.wrk().requestsPerSecond(),
            nginx.wrk().requestsPerSecond() / direct.wrk().requestsPerSecond());
        say("p99 at %d req/s: gateway/nginx %.2f (gateway minus nginx %+.2f ms, gateway minus direct %+.2f ms); round by round %s",
            rate, p99, gatewayFixed.p99() - nginxFixed.p99(), gatewayFixed.p99() - directFixed.p99(),
            roundRatios(gateway.fixed(), nginx.fixed()));
        say("p99 at %d req/s: gateway/nginx %.2f (gateway minus nginx %+.2f ms, gateway minus direct %+.2f ms); round by round %s",
            lighterRate, lighterP99, gatewayLighter.p99() - nginxLighter.p99(), gatewayLighter.p99() - directLighter.p99(),
            roundRatios(gateway.lighter(), nginx.lighter()));
        long throughputErrors = gateway.wrk().errors() + nginx.wrk().errors();
        long latencyErrors = gatewayFixed.errors() + nginxFixed.errors() + gatewayLighter.errors() + nginxLighter.errors();
        say("goal, gateway throughput >= 0.5 x nginx's (%.2f x): %s", throughput, verdict(throughput >= 0.5, throughputErrors));
        say("goal, gateway p99 <= 1.5 x nginx's at %d and at %d req/s (%.2f x and %.2f x): %s", rate, lighterRate, p99,
            lighterP99, verdict(p99 <= 1.5 && lighterP99 <= 1.5, latencyErrors));
    }

    /** Figures from runs with errors compare answers with failures, so they decide nothing. */
    private static String verdict(boolean met, long errors) {
        if (errors > 0) {
            return "NOT met (" + errors + " errors through nginx or the gateway)";
        }
        return met ? "met" : "NOT met";
    }

    /**
     * Added latency means something only at a rate every target sustains: half the slowest
     * target's closed-loop throughput (in steps of 50, at least 50). A rate beyond one target's
     * capacity measures its queue, not its cost.
     */
    static int sustainableRate(List<WrkReport> closedLoop) {
        double slowest = closedLoop.stream().mapToDouble(WrkReport::requestsPerSecond).min().orElse(100);
        return Math.max(MIN_RATE, (int) (slowest / 2 / 50) * 50);
    }

    /**
     * Whether a target kept up with a fixed rate: no errors, at least 95 % of the rate answered in
     * the run's time, and a median under {@value #QUEUED_MILLIS} ms (each target answers in a few ms
     * unloaded). Half of wrk's throughput is not always sustainable: the fixed-rate client, on the
     * same two cores, costs more CPU per call than wrk; with the JDK's HttpClient at 1 650/s even the
     * direct target queued (median 94 ms) while the gateway answered 2 097 calls with errors.
     */
    static boolean keptUp(LoadResult result, int rate) {
        return result.errors() == 0 && result.throughput() >= 0.95 * rate && result.p50() < QUEUED_MILLIS;
    }

    /** The next lower rate to try: half, in steps of 50, at least {@value #MIN_RATE}. */
    static int lower(int rate) {
        return Math.max(MIN_RATE, rate / 2 / 50 * 50);
    }

    private Latencies fixedRate(Target target, int rate, int seconds) throws InterruptedException {
        List<Map<String, String>> variants = target.variants();
        AtomicInteger next = new AtomicInteger();
        return LOAD.record(rate, seconds,
            due -> load.get(target.uri(), variants.get(Math.floorMod(next.getAndIncrement(), variants.size()))) == 200);
    }

    /** One call before any load: a target that does not answer as the endpoint should would only measure errors. */
    private void expectCaller(Target target, String tenantId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(target.uri(), target.variants().get(0)),
            HttpResponse.BodyHandlers.ofString());
        String caller = response.statusCode() == 200 ? json.readTree(response.body()).path("tenantId").asText() : "";
        if (!caller.equals(tenantId)) {
            throw new LauncherException("GET " + target.uri() + " (" + target.name() + ") answered " + response.statusCode()
                + " " + response.body() + ", not the benchmark's storefront " + tenantId);
        }
    }

    private static HttpRequest request(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET();
        headers.forEach(request::header);
        return request.build();
    }

    /** The gateway's count of requests it refused with 429, from its metrics; empty when it has none. */
    private OptionalLong rateLimited() {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(ServiceSpec.GATEWAY.url() + "/actuator/prometheus"))
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith(RATE_LIMITED_METRIC))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce(Long::sum);
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /**
     * The token the gateway forwards for a storefront key with {@code catalog:read}: the same issuer,
     * audience, subject, kind and scopes, signed with the stack's key, only with a longer lifetime.
     */
    private String mintToken(String storefront, Duration lifetime) {
        TokenKeys keys = new SecretStore(stack.layout().home()).tokenKeys();
        return new InternalTokenIssuer(InternalTokenKeys.privateKey(keys.privateKey()), lifetime, Clock.systemUTC())
            .mint(new Caller(storefront, TenantKind.STOREFRONT, Set.of(Scope.CATALOG_READ)));
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port + PATH);
    }

    private void say(String format, Object... args) {
        report.say(format, args);
    }
}
