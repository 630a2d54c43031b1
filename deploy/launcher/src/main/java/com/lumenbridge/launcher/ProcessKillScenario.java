package com.lumenbridge.launcher;

import com.lumenbridge.platform.events.EventTypes;
import com.lumenbridge.platform.events.order.OrderConfirmed;
import com.lumenbridge.platform.events.order.OrderPlaced;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Process kills: while a storefront places a steady stream of PICKUP orders through the gateway
 * (retrying, as a partner does, with the same {@code Idempotency-Key} whenever it gets no answer or
 * a 5xx), each part in turn is killed with SIGKILL and started again. Afterwards, over everything
 * the run did:
 * <ul>
 *   <li>every order that was accepted exists once and reached CONFIRMED (stock is ample), none
 *       left PENDING;
 *   <li>no reservation was made twice: the store's {@code reserved} equals the confirmed orders;
 *   <li>no webhook side effect happened twice: the storefront's receiver, deduplicating on
 *       {@code webhook-id}, saw one message id per order and event type, and every order's
 *       placed and confirmed messages arrived, correctly signed;
 *   <li>no event was lost or doubled: {@code order.order.v1} holds exactly one event id per order
 *       and type, every consumer group has handled everything published, and nothing new went to a
 *       dead-letter topic.
 * </ul>
 */
final class ProcessKillScenario {

    private static final List<String> ALL_PARTS = List.of("catalog-service", "store-service", "order-service",
        "crm-service", "gateway", "kafka");
    private static final List<String> SMALL_PARTS = List.of("order-service", "store-service", "kafka");
    private static final int STOCK = 100_000;
    private static final Duration CLIENT_GIVES_UP = Duration.ofMinutes(3);
    private static final Duration SETTLE = Duration.ofMinutes(3);

    private final GatewayClient gateway;
    private final Findings findings;
    private final Consumer<String[]> launcher;
    private final String kafka;

    /**
     * @param launcher runs a launcher command ({@code stop <part> --kill}, {@code up}) in this process
     * @param kafka    the broker's bootstrap servers, for the audit of what was published and handled
     */
    ProcessKillScenario(GatewayClient gateway, Findings findings, Consumer<String[]> launcher, String kafka) {
        this.gateway = gateway;
        this.findings = findings;
        this.launcher = launcher;
        this.kafka = kafka;
    }

    /** @param world a world no other scenario places orders in: the checks count all its storefront's orders */
    void run(DemoWorld.Built world, boolean small) throws IOException, InterruptedException {
        List<String> parts = small ? SMALL_PARTS : ALL_PARTS;
        int perSecond = small ? 4 : 8;
        findings.say("");
        findings.say("2. Process kills: %d PICKUP orders/s through the gateway while %s are killed (SIGKILL) and restarted in turn",
            perSecond, String.join(", ", parts));
        String sku = world.products().get(0).sku();
        DemoWorld.await(() -> gateway.put("/api/stores/" + world.storeId() + "/inventory/" + sku, world.dealer().apiKey(),
            Map.of("onHand", STOCK)), reply -> reply.status() == 200, SETTLE, "setting the stock");

        try (WebhookReceiver receiver = new WebhookReceiver(); EventAudit audit = new EventAudit(kafka)) {
            GatewayClient.Reply registered = gateway.put("/api/orders/webhook", world.storefront().apiKey(),
                Map.of("url", receiver.url()));
            if (registered.status() / 100 != 2) {
                findings.check(false, "the storefront's local webhook receiver is accepted (" + registered.status() + " "
                    + registered.raw() + "; the stack allow-lists localhost from LUMENBRIDGE_WEBHOOK_ALLOWED_HOSTS)");
                return;
            }
            receiver.secret(registered.text("secret"));
            Map<String, Long> deadBefore = audit.deadLettered();

            Stream stream = new Stream(world, sku, perSecond);
            stream.start();
            TimeUnit.SECONDS.sleep(5);
            for (String part : parts) {
                launcher.accept(new String[] {"stop", part, "--kill"});
                TimeUnit.SECONDS.sleep(3);
                long began = System.nanoTime();
                launcher.accept(new String[] {"up"});
                findings.say("   %s killed; back in %.1f s; %d orders accepted so far", part,
                    (System.nanoTime() - began) / 1e9, stream.accepted.size());
                TimeUnit.SECONDS.sleep(5);
            }
            stream.stop();
            stream.retryRefused();
            findings.say("   answers seen by the client: %s (429, 5xx and no answer retried with the same key)",
                new TreeMap<>(stream.answers));
            findings.check(stream.refused.isEmpty(), "every order was accepted in the end (refused: " + stream.refused + ")");

            settled(world, sku, stream);
            webhooks(receiver, stream);
            events(audit, stream, deadBefore);
        }
    }

    private void settled(DemoWorld.Built world, String sku, Stream stream) throws InterruptedException {
        int accepted = new java.util.HashSet<>(stream.accepted.values()).size();
        long end = System.nanoTime() + SETTLE.toNanos();
        Map<String, Long> totals;
        do {
            totals = new TreeMap<>();
            for (String status : List.of("PENDING", "CONFIRMED", "REJECTED")) {
                totals.put(status, total(world, "?status=" + status + "&size=1"));
            }
            if (totals.get("PENDING") == 0) {
                break;
            }
            TimeUnit.SECONDS.sleep(2);
        } while (System.nanoTime() < end);
        long all = total(world, "?size=1");
        findings.say("   %d orders accepted under %d keys; the storefront holds %d orders: %s", accepted, stream.accepted.size(),
            all, totals);
        findings.check(accepted == stream.accepted.size(), "one order per Idempotency-Key (retries never made a second)");
        findings.check(all == accepted, "the storefront holds exactly the accepted orders (" + all + " of " + accepted + ")");
        findings.check(totals.get("PENDING") == 0, "none left PENDING");
        findings.check(totals.get("CONFIRMED") == accepted, "every accepted order CONFIRMED (" + totals.get("CONFIRMED") + ")");

        GatewayClient.Reply level = gateway.get("/api/stores/" + world.storeId() + "/inventory/" + sku, world.dealer().apiKey());
        long onHand = level.json().path("onHand").asLong(-1);
        long reserved = level.json().path("reserved").asLong(-1);
        long available = level.json().path("available").asLong(-1);
        findings.say("   stock: onHand %d, reserved %d, available %d", onHand, reserved, available);
        findings.check(reserved == totals.get("CONFIRMED"), "no reservation made twice: reserved " + reserved
            + " = confirmed orders " + totals.get("CONFIRMED"));
        findings.check(onHand == STOCK && available == onHand - reserved, "available = onHand - reserved, onHand untouched");
    }

    private long total(DemoWorld.Built world, String query) {
        GatewayClient.Reply reply = gateway.get("/api/orders" + query, world.storefront().apiKey());
        return reply.status() == 200 ? reply.json().path("total").asLong(-1) : -1;
    }

    private void webhooks(WebhookReceiver receiver, Stream stream) throws InterruptedException {
        Set<String> orders = Set.copyOf(stream.accepted.values());
        long end = System.nanoTime() + SETTLE.toNanos();
        List<String> missing = missingWebhooks(receiver, orders);
        while (!missing.isEmpty() && System.nanoTime() < end) {
            TimeUnit.SECONDS.sleep(2);
            missing = missingWebhooks(receiver, orders);
        }
        findings.say("   webhooks: %d deliveries, %d side effects applied, %d badly signed", receiver.deliveries(),
            receiver.applied(), receiver.badSignatures());
        findings.check(missing.isEmpty(), "every order's placed and confirmed messages arrived (missing: "
            + missing.stream().limit(5).toList() + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "") + ")");
        findings.check(receiver.doubled().isEmpty(), "no webhook side effect twice (one message id per order and type): "
            + receiver.doubled().size() + " doubled");
        findings.check(receiver.badSignatures() == 0, "every delivery verified with the storefront's secret");
    }

    private static List<String> missingWebhooks(WebhookReceiver receiver, Set<String> orders) {
        List<String> missing = new ArrayList<>();
        for (String order : orders) {
            for (String type : List.of("order.placed", "order.confirmed")) {
                if (!receiver.saw(order, type)) {
                    missing.add(order + " " + type);
                }
            }
        }
        return missing;
    }

    private void events(EventAudit audit, Stream stream, Map<String, Long> deadBefore) throws InterruptedException {
        long end = System.nanoTime() + SETTLE.toNanos();
        Map<String, Long> unhandled = audit.unhandled();
        while (!unhandled.isEmpty() && System.nanoTime() < end) {
            TimeUnit.SECONDS.sleep(2);
            unhandled = audit.unhandled();
        }
        Map<String, Long> deadAfter = audit.deadLettered();
        Map<String, Long> newlyDead = new TreeMap<>();
        deadAfter.forEach((topic, count) -> {
            long added = count - deadBefore.getOrDefault(topic, 0L);
            if (added != 0) {
                newlyDead.put(topic, added);
            }
        });
        Set<String> orders = Set.copyOf(stream.accepted.values());
        Map<String, Map<String, Set<String>>> published = audit.orderEvents(orders);
        String placed = EventTypes.typeOf(OrderPlaced.class);
        String confirmed = EventTypes.typeOf(OrderConfirmed.class);
        long complete = orders.stream().filter(id -> published.getOrDefault(id, Map.of()).containsKey(placed)
            && published.getOrDefault(id, Map.of()).containsKey(confirmed)).count();
        long doubled = published.values().stream().flatMap(types -> types.values().stream()).filter(ids -> ids.size() > 1).count();
        findings.say("   order.order.v1: %d of %d orders have their placed and confirmed events; consumer lag %s; new dead letters %s",
            complete, orders.size(), unhandled, newlyDead);
        findings.check(complete == orders.size(), "no event lost: every order's OrderPlaced and OrderConfirmed are on the topic");
        findings.check(doubled == 0, "no event published twice under different ids (" + doubled + ")");
        findings.check(unhandled.isEmpty(), "events in = events handled: every consumer group caught up");
        findings.check(newlyDead.isEmpty(), "nothing dead-lettered");
    }

    /** The storefront's steady stream of orders, each retried with its own key until it gets an answer. */
    private final class Stream {

        private final DemoWorld.Built world;
        private final String sku;
        private final int perSecond;
        private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        private final ExecutorService clients = Executors.newCachedThreadPool();
        final Map<String, String> accepted = new ConcurrentHashMap<>();
        final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        final Map<String, Integer> refused = new ConcurrentHashMap<>();

        Stream(DemoWorld.Built world, String sku, int perSecond) {
            this.world = world;
            this.sku = sku;
            this.perSecond = perSecond;
        }

        void start() {
            ticks.scheduleAtFixedRate(() -> clients.execute(this::placeOne), 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        }

        void stop() throws InterruptedException {
            ticks.shutdownNow();
            clients.shutdown();
            if (!clients.awaitTermination(CLIENT_GIVES_UP.toSeconds() + 30, TimeUnit.SECONDS)) {
                findings.check(false, "every client got an answer within " + CLIENT_GIVES_UP.toMinutes() + " min");
                clients.shutdownNow();
            }
        }

        /**
         * A partner that was told to try again later does so: once the stack is whole again, the
         * orders still unanswered are retried with their keys, so each key ends with an answer.
         */
        void retryRefused() throws InterruptedException {
            Set<String> retryable = refused.entrySet().stream().filter(e -> e.getValue() == 429 || e.getValue() >= 500)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
            if (retryable.isEmpty()) {
                return;
            }
            findings.say("   %d orders still unanswered when the stream stopped: retrying them with their keys", retryable.size());
            ExecutorService again = Executors.newFixedThreadPool(8);
            retryable.forEach(key -> again.execute(() -> {
                refused.remove(key);
                placeOne(key);
            }));
            again.shutdown();
            again.awaitTermination(CLIENT_GIVES_UP.toSeconds() + 30, TimeUnit.SECONDS);
        }

        private void placeOne() {
            placeOne("kill-" + UUID.randomUUID());
        }

        private void placeOne(String key) {
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("customer", Map.of("email", "kill-" + key.substring(5, 13) + "@example.com", "name", "Chaos",
                "marketingConsent", false));
            order.put("fulfillment", Map.of("type", "PICKUP", "storeId", world.storeId()));
            order.put("lines", List.of(Map.of("sku", sku, "quantity", 1)));
            long end = System.nanoTime() + CLIENT_GIVES_UP.toNanos();
            int attempt = 0;
            while (true) {
                GatewayClient.Reply reply;
                try {
                    reply = gateway.post("/api/orders", world.storefront().apiKey(), order, Map.of("Idempotency-Key", key));
                } catch (LauncherException e) {
                    reply = gateway.reply(599, e.getMessage());
                }
                answers.merge(reply.status(), 1, Integer::sum);
                if (reply.status() == 202 || reply.status() == 200) {
                    accepted.put(key, reply.text("id"));
                    return;
                }
                if (reply.status() != 429 && reply.status() < 500 || System.nanoTime() > end) {
                    refused.put(key, reply.status());
                    return;
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(Math.min(250L * ++attempt, 2_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
