package com.lumenbridge.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./lumenbridge chaos [--small]}: fault scenarios against the running stack, each ending with
 * a check of invariants over everything the run did, as Jepsen's bank test does, printing what it
 * found. {@code --small} runs them at a scale CI can afford; naming scenarios runs only those.
 *
 * <ol>
 *   <li>No oversell: many concurrent PICKUP orders for one SKU at one store with little stock —
 *       exactly as many CONFIRMED as there was stock, the rest REJECTED, none left PENDING, and
 *       {@code onHand}, {@code reserved}, {@code available} consistent.
 *   <li>Process kills ({@link ProcessKillScenario}): each service and the broker killed and restarted
 *       under a steady stream of orders — every order once, confirmed, reserved once, its webhooks
 *       and events exactly once, every consumer caught up.
 *   <li>Dependency down: catalog-service killed — an order for a SKU order-service has never seen
 *       answers 503 fast, its breaker opens, and closes again once catalog-service is back.
 *   <li>Bad input ({@link BadInputScenario}): malformed requests against every documented endpoint —
 *       no 5xx, nothing written.
 *   <li>Isolation ({@link IsolationScenario}): another tenant's ids on every endpoint that takes one —
 *       404, no leak in lists, nothing written.
 * </ol>
 */
final class ChaosCommand {

    /** The scenarios, in the order they run and are numbered. */
    enum Scenario {
        OVERSELL, KILLS, DEPENDENCY, INPUT, ISOLATION;

        static Scenario named(String name) {
            return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }

    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final long FAST_503_MILLIS = 200;

    private final LocalStack stack;
    private final Console console;
    private final GatewayClient gateway = new GatewayClient(URI.create(ServiceSpec.GATEWAY.url()));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)).build();
    private final RawGateway raw = new RawGateway(ServiceSpec.GATEWAY.url());
    private final Findings findings;

    ChaosCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
        this.findings = new Findings(console);
    }

    int run(boolean small, Set<Scenario> scenarios) throws IOException, InterruptedException {
        Optional<OperatorKey> operatorKey = stack.readyOperatorKey(ServiceSpec.ALL);
        if (operatorKey.isEmpty()) {
            return 1;
        }
        String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        int orders = small ? 200 : 1000;
        int stock = small ? 20 : 100;
        say("Chaos %s%s on %d cores", run, small ? " (small)" : "", Runtime.getRuntime().availableProcessors());
        DemoWorld.Built world = new DemoWorld(gateway, operatorKey.get().value(), line -> { }).build("C" + run, 0, null);

        if (scenarios.contains(Scenario.OVERSELL)) {
            noOversell(world, orders, stock);
        }
        if (scenarios.contains(Scenario.KILLS)) {
            String kafka = stack.kafkaBootstrapServers();
            // a world of its own: its checks count every order the storefront holds
            new ProcessKillScenario(gateway, findings, this::run, kafka)
                .run(new DemoWorld(gateway, operatorKey.get().value(), line -> { }).build("K" + run, 0, null), small);
        }
        if (scenarios.contains(Scenario.DEPENDENCY)) {
            dependencyDown(world);
        }
        String mongoUri = Infrastructure.from(stack.env()).mongoUri();
        if (scenarios.contains(Scenario.INPUT) || scenarios.contains(Scenario.ISOLATION)) {
            ChaosWorld.Built full = new ChaosWorld(gateway, raw, operatorKey.get().value()).build("A" + run);
            if (scenarios.contains(Scenario.INPUT)) {
                new BadInputScenario(findings, raw, mongoUri).run(full, small);
            }
            if (scenarios.contains(Scenario.ISOLATION)) {
                new IsolationScenario(findings, raw, mongoUri).run(full, ChaosWorld.keys(
                    new DemoWorld(gateway, operatorKey.get().value(), line -> { }).build("B" + run, 0, null),
                    operatorKey.get().value()));
            }
        }

        Path out = stack.layout().repo().resolve("bench-results")
            .resolve("chaos-" + Instant.now().toString().replace(':', '-') + ".txt");
        findings.conclude(out);
        console.line("Findings written to %s", out);
        return findings.violations().isEmpty() ? 0 : 1;
    }

    private void noOversell(DemoWorld.Built world, int orders, int stock) throws InterruptedException {
        say("");
        say("1. No oversell: %d concurrent PICKUP orders through the gateway for one SKU with stock %d", orders, stock);
        String sku = world.products().get(0).sku();
        DemoWorld.await(() -> gateway.put("/api/stores/" + world.storeId() + "/inventory/" + sku, world.dealer().apiKey(),
            Map.of("onHand", stock)), reply -> reply.status() == 200, SETTLE, "setting the stock");

        Map<String, String> ids = new ConcurrentHashMap<>();
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(Math.min(orders, 200));
        long began = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            String key = "chaos-" + UUID.randomUUID();
            clients.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                GatewayClient.Reply reply = placeWithRetries(world, sku, key);
                answers.merge(reply.status(), 1, Integer::sum);
                if (reply.status() == 202) {
                    ids.put(key, reply.text("id"));
                }
            });
        }
        start.countDown();
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.MINUTES);
        say("   answers: %s in %.1f s (429 and 503 retried with the same Idempotency-Key)", new TreeMap<>(answers),
            (System.nanoTime() - began) / 1e9);
        check(ids.size() == orders, "every order got a 202 (" + ids.size() + " of " + orders + ")");

        Map<String, Integer> statuses = awaitSettled(world, ids.values());
        say("   final statuses: %s", statuses);
        check(statuses.getOrDefault("CONFIRMED", 0) == stock,
            "exactly " + stock + " CONFIRMED (" + statuses.getOrDefault("CONFIRMED", 0) + ")");
        check(statuses.getOrDefault("REJECTED", 0) == orders - stock,
            "exactly " + (orders - stock) + " REJECTED (" + statuses.getOrDefault("REJECTED", 0) + ")");
        check(statuses.getOrDefault("PENDING", 0) == 0, "none PENDING (" + statuses.getOrDefault("PENDING", 0) + ")");

        GatewayClient.Reply level = gateway.get("/api/stores/" + world.storeId() + "/inventory/" + sku, world.dealer().apiKey());
        int onHand = level.json().path("onHand").asInt(-1);
        int reserved = level.json().path("reserved").asInt(-1);
        int available = level.json().path("available").asInt(-1);
        say("   stock: onHand %d, reserved %d, available %d", onHand, reserved, available);
        check(onHand == stock && reserved == stock && available == 0,
            "stock consistent: onHand " + stock + ", reserved " + stock + ", available 0");
        check(available == onHand - reserved && onHand >= 0 && reserved >= 0 && available >= 0,
            "available = onHand - reserved >= 0");
    }

    private GatewayClient.Reply placeWithRetries(DemoWorld.Built world, String sku, String key) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customer", Map.of("email", "chaos@example.com", "name", "Chaos", "marketingConsent", false));
        order.put("fulfillment", Map.of("type", "PICKUP", "storeId", world.storeId()));
        order.put("lines", List.of(Map.of("sku", sku, "quantity", 1)));
        GatewayClient.Reply reply = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                reply = gateway.post("/api/orders", world.storefront().apiKey(), order, Map.of("Idempotency-Key", key));
            } catch (LauncherException e) {
                reply = gateway.reply(599, e.getMessage());
            }
            if (!Set.of(429, 503, 599).contains(reply.status())) {
                return reply;
            }
            sleep(200L + attempt * 100L);
        }
        return reply;
    }

    private Map<String, Integer> awaitSettled(DemoWorld.Built world, java.util.Collection<String> ids)
            throws InterruptedException {
        long end = System.nanoTime() + SETTLE.toNanos();
        Map<String, Integer> statuses;
        do {
            statuses = new TreeMap<>();
            for (String id : ids) {
                GatewayClient.Reply reply = gateway.get("/api/orders/" + id, world.storefront().apiKey());
                // a refused read (a 503 while a breaker recovers) is not a state: it is counted apart and waited out
                statuses.merge(reply.status() == 200 ? reply.text("status") : "HTTP " + reply.status(), 1, Integer::sum);
            }
            if (statuses.keySet().stream().noneMatch(status -> status.equals("PENDING") || status.startsWith("HTTP "))) {
                return statuses;
            }
            TimeUnit.SECONDS.sleep(2);
        } while (System.nanoTime() < end);
        return statuses;
    }

    private void dependencyDown(DemoWorld.Built world) throws InterruptedException {
        say("");
        say("3. Dependency down: catalog-service killed; orders for SKUs order-service has never seen");
        run("stop", "catalog-service", "--kill");
        try {
            List<Long> millis = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long began = System.nanoTime();
                GatewayClient.Reply reply = place(world, "UNSEEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
                millis.add((System.nanoTime() - began) / 1_000_000);
                statuses.add(reply.status());
            }
            long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            say("   answers %s in %s ms (p50 %d, max %d)", statuses, millis, sorted[sorted.length / 2], sorted[sorted.length - 1]);
            check(statuses.stream().allMatch(s -> s == 503), "every answer is 503 while catalog-service is down");
            check(sorted[sorted.length - 1] <= FAST_503_MILLIS, "every 503 within " + FAST_503_MILLIS + " ms (max "
                + sorted[sorted.length - 1] + " ms)");
            String breaker = breakerState();
            say("   order-service's catalog breaker: %s", breaker);
            check(breaker.equals("open"), "the breaker opened");
        } finally {
            run("up");
        }
        GatewayClient.Reply after = DemoWorld.await(() -> place(world, "UNSEEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()),
            reply -> reply.status() != 503, SETTLE, "order-service to reach catalog-service again");
        String breaker = awaitBreaker(world, "closed");
        say("   catalog-service back: an unknown SKU answers %d (not offered), breaker %s", after.status(), breaker);
        check(after.status() == 422, "an unknown SKU is a 422 once catalog-service answers");
        check(breaker.equals("closed"), "the breaker closed again");
    }

    private GatewayClient.Reply place(DemoWorld.Built world, String sku) {
        Map<String, Object> order = Map.of(
            "customer", Map.of("email", "chaos@example.com", "name", "Chaos", "marketingConsent", false),
            "fulfillment", Map.of("type", "PICKUP", "storeId", world.storeId()),
            "lines", List.of(Map.of("sku", sku, "quantity", 1)));
        return gateway.post("/api/orders", world.storefront().apiKey(), order, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** The state order-service's Resilience4j metrics give its breaker towards catalog-service. */
    private String breakerState() {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(ServiceSpec.ORDER.url() + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines()
                .filter(line -> line.startsWith("resilience4j_circuitbreaker_state{") && line.contains("catalog")
                    && line.trim().endsWith(" 1.0"))
                .map(line -> line.replaceAll(".*state=\"([a-z_]+)\".*", "$1"))
                .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unreadable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreadable";
        }
    }

    /** Keeps ordering unseen SKUs (a half-open breaker closes only on calls that succeed) until the breaker is {@code state}. */
    private String awaitBreaker(DemoWorld.Built world, String state) throws InterruptedException {
        long end = System.nanoTime() + SETTLE.toNanos();
        String seen = breakerState();
        while (!seen.equals(state) && System.nanoTime() < end) {
            place(world, "UNSEEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            TimeUnit.MILLISECONDS.sleep(500);
            seen = breakerState();
        }
        return seen;
    }

    /** Runs another launcher command in this process, as the user would from the shell. */
    private void run(String... command) {
        int exit = switch (command[0]) {
            case "stop" -> new StopCommand(stack).run(command[1], command.length > 2);
            case "up" -> new UpCommand(stack).run();
            default -> throw new IllegalArgumentException(Arrays.toString(command));
        };
        if (exit != 0) {
            throw new LauncherException(String.join(" ", command) + " failed (exit " + exit + ")");
        }
    }

    private void check(boolean holds, String invariant) {
        findings.check(holds, invariant);
    }

    private void say(String format, Object... args) {
        findings.say(format, args);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
