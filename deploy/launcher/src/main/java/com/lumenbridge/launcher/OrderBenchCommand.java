package com.lumenbridge.launcher;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.EventTypes;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.order.OrderConfirmed;
import com.lumenbridge.platform.events.order.OrderRejected;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code ./lumenbridge bench orders [seconds]}: against the running stack, a storefront places
 * PICKUP orders through the gateway at fixed arrival rates (an open model: a slow answer does not
 * slow the arrivals) and the time from sending the {@code POST} to order-service's
 * {@code OrderConfirmed} on {@code order.order.v1} is measured — read straight from Kafka, so
 * measuring adds no load to the API. The rate rises until orders fail or stop keeping up; the highest
 * rate that confirmed every order is the sustained rate. Baseline of the same run: a plain
 * {@code GET /api/orders/{id}} through the gateway at the target rate.
 */
final class OrderBenchCommand {

    static final int TARGET_RATE = 50;
    private static final int[] RATES = {10, 25, 50, 75, 100, 150};
    private static final int WARM_UP_RATE = 15;
    static final int WARM_UP_ROUND_SECONDS = 20;
    /** A warm-up round whose JIT compiler threads took more than this share of the stack's CPU does not count. */
    static final double STILL_COMPILING = 0.15;
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final int STOCK = 10_000_000;
    /**
     * SKUs the orders rotate over. Every open hold is an entry of its SKU's stock document until pickup
     * (see the README), so orders all on one SKU measured that document's growth more than the order
     * flow: the same phase cost 16–38 ms of Mongo CPU per order depending on how many rounds the
     * warm-up had taken. A storefront's orders spread over its assortment; at 100 SKUs each stock
     * document gains about a hundred holds in a whole run.
     */
    static final int ASSORTMENT = 100;
    private static final FixedRateLoad LOAD = new FixedRateLoad(256, GRACE);

    private final LocalStack stack;
    private final Console console;
    private final GatewayClient gateway = new GatewayClient(URI.create(ServiceSpec.GATEWAY.url()));
    private final BenchReport report;
    private final Map<String, Long> settledAt = new ConcurrentHashMap<>();
    private final Map<String, Boolean> confirmed = new ConcurrentHashMap<>();
    private final AtomicLong shoppers = new AtomicLong();

    OrderBenchCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
        this.report = new BenchReport(console);
    }

    int run(int seconds) throws IOException, InterruptedException {
        Optional<OperatorKey> operatorKey = stack.readyOperatorKey(
            List.of(ServiceSpec.GATEWAY, ServiceSpec.CATALOG, ServiceSpec.STORE, ServiceSpec.ORDER));
        if (operatorKey.isEmpty()) {
            return 1;
        }
        Optional<StackRecord> record = StackRecord.load(stack.layout());
        if (record.isEmpty()) {
            console.problem("No running stack found: run ./lumenbridge up first.");
            return 1;
        }
        String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        say("Order benchmark %s: PICKUP orders through the gateway, %d s per rate, on %d cores", run, seconds,
            Runtime.getRuntime().availableProcessors());
        KernelMonitors monitors = KernelMonitors.now();
        long began = System.nanoTime();
        DemoWorld builder = new DemoWorld(gateway, operatorKey.get().value(), line -> console.line("  %s", line));
        DemoWorld.Built world = builder.build("B" + run, 0, null);
        List<String> skus = builder.stockedAssortment(world, ASSORTMENT, STOCK);

        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = new Thread(() -> listen(record.get().infrastructure().kafkaBootstrapServers(), listening),
            "order-bench-listener");
        listener.setDaemon(true);
        listener.start();
        TimeUnit.SECONDS.sleep(2);

        // warm-up: projections caught up, connections open, and the hot paths compiled by C2, which
        // on a freshly started stack takes well over a thousand orders (p50 1.2 s at 10/s after 100
        // orders, 59 ms after 2 000; a fixed 60 s at 15/s left 245 of 900 orders unsettled and the
        // next phase measured the backlog). Rounds at a fixed rate until the whole stack's CPU per
        // order is steady: that is what C2 brings down, and the machine's noise does not blur it.
        say("warm-up at %d/s in rounds of %d s, until three rounds' CPU per order agree within a tenth, with JIT compiling"
            + " under %.0f %% of it:", WARM_UP_RATE, WARM_UP_ROUND_SECONDS, 100 * STILL_COMPILING);
        List<String> compiling = new ArrayList<>();
        List<Double> warmUp = WarmUp.untilSteady(() -> {
            Phase round = phase(world, skus, WARM_UP_RATE, WARM_UP_ROUND_SECONDS);
            compiling.add(String.format("%.0f", 100 * round.compilingShare()));
            // a round that left orders unsettled has not caught up, and one spent compiling is not the
            // steady state (on a fresh stack CPU per order looks steady while half of it is C2): neither counts
            boolean counts = round.unsettled() == 0 && round.compilingShare() <= STILL_COMPILING;
            return counts ? ProcessCpu.total(round.cpuPerOrder()) : Double.NaN;
        });
        say("  %s", WarmUp.describe(warmUp, "ms of CPU per order", "—"));
        say("  of which JIT compiling: %s %%", String.join(" → ", compiling));

        say("");
        say("open model, %d s per rate: time from POST to OrderConfirmed on Kafka", seconds);
        List<Phase> phases = new ArrayList<>();
        for (int rate : RATES) {
            Phase phase = phase(world, skus, rate, seconds);
            phases.add(phase);
            say("  %4d orders/s: %s", rate, phase);
            say("        CPU per order: %s, of which JIT compiling %.1f ms (%.0f %%)", ProcessCpu.describe(phase.cpuPerOrder()),
                ProcessCpu.total(phase.compilingPerOrder()), 100 * phase.compilingShare());
            if (!phase.sustained()) {
                break;
            }
        }
        listening.set(false);

        LoadResult baseline = readBaseline(world, seconds);
        say("");
        say("baseline, GET /api/orders/{id} through the gateway at %d/s: %s", TARGET_RATE, baseline);
        Optional<Phase> atTarget = phases.stream().filter(p -> p.rate() == TARGET_RATE).findFirst();
        int sustained = phases.stream().filter(Phase::sustained).mapToInt(Phase::rate).max().orElse(0);
        say("highest sustained rate with every order confirmed and no errors: %d orders/s", sustained);
        phases.stream().mapToDouble(p -> ProcessCpu.total(p.cpuPerOrder())).filter(ms -> ms > 0).min().ifPresent(ms ->
            say("CPU the whole stack spends per order: %.1f ms at the least, so %d cores can place at most %.0f orders/s",
                ms, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1000 / ms));
        atTarget.ifPresent(p -> {
            say("at %d orders/s: POST->CONFIRMED p50 %.1f ms (%.1f x the GET baseline), p99 %.1f ms (%.1f x)", TARGET_RATE,
                p.confirm().p50(), p.confirm().p50() / baseline.p50(), p.confirm().p99(), p.confirm().p99() / baseline.p99());
            say("target p50 <= 50 ms and p99 <= 200 ms at %d orders/s: %s", TARGET_RATE,
                p.sustained() && p.confirm().p50() <= 50 && p.confirm().p99() <= 200 ? "met" : "NOT met");
        });
        say("the kernel's DAMON monitors over the whole run: %s",
            KernelMonitors.now().describeSince(monitors, Duration.ofNanos(System.nanoTime() - began)));

        report.write(stack.layout(), "orders");
        return 0;
    }

    /** {@code cpuPerOrder}: CPU milliseconds each part of the stack spent per accepted order, settling included. */
    record Phase(int rate, int placed, int errors, int confirmedCount, int rejected, int unsettled, double seconds,
            LoadResult post, LoadResult confirm, Map<String, Double> cpuPerOrder, Map<String, Double> compilingPerOrder) {

        /** The share of the stack's CPU in this phase that went to JIT compiling, 0 where unknown. */
        double compilingShare() {
            return ProcessCpu.share(compilingPerOrder, cpuPerOrder);
        }

        /** Every order answered 202 and confirmed, and the arrivals kept their rate. */
        boolean sustained() {
            return errors == 0 && rejected == 0 && unsettled == 0 && placed >= 0.95 * rate * seconds;
        }

        @Override
        public String toString() {
            return String.format("%d placed, %d errors, %d confirmed, %d rejected, %d unsettled; POST->202 p50 %.1f ms p99 %.1f ms;"
                + " POST->CONFIRMED p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                placed, errors, confirmedCount, rejected, unsettled, post.p50(), post.p99(), confirm.p50(), confirm.p99(),
                confirm.max());
        }
    }

    private Phase phase(DemoWorld.Built world, List<String> skus, int rate, int seconds) throws InterruptedException {
        ProcessCpu cpuBefore = ProcessCpu.of(stack.runningParts());
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        LoadResult post = LOAD.run(rate, seconds, due -> {
            GatewayClient.Reply reply = place(world, skus);
            if (reply.status() != 202) {
                return false;
            }
            sentAt.put(reply.text("id"), due);
            return true;
        });
        long settleBy = System.nanoTime() + GRACE.toNanos();
        while (System.nanoTime() < settleBy && !settledAt.keySet().containsAll(sentAt.keySet())) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        ProcessCpu cpuAfter = ProcessCpu.of(stack.runningParts());
        Map<String, Double> cpuPerOrder = cpuAfter.perUnitSince(cpuBefore, LocalStack.ALL_PARTS, sentAt.size());
        Map<String, Double> compilingPerOrder = cpuAfter.jit().perUnitSince(cpuBefore.jit(), LocalStack.ALL_PARTS, sentAt.size());
        long[] confirmLatencies = new long[sentAt.size()];
        int confirmedCount = 0;
        int rejected = 0;
        int unsettled = 0;
        for (Map.Entry<String, Long> order : sentAt.entrySet()) {
            Long at = settledAt.get(order.getKey());
            if (at == null) {
                unsettled++;
            } else if (Boolean.TRUE.equals(confirmed.get(order.getKey()))) {
                confirmLatencies[confirmedCount++] = at - order.getValue();
            } else {
                rejected++;
            }
        }
        return new Phase(rate, post.requests(), post.errors(), confirmedCount, rejected, unsettled, post.seconds(), post,
            LoadResult.of(confirmLatencies, confirmedCount, 0, post.seconds()), cpuPerOrder, compilingPerOrder);
    }

    private GatewayClient.Reply place(DemoWorld.Built world, List<String> skus) {
        Map<String, Object> order = new LinkedHashMap<>();
        // a shopper per order, as a storefront's traffic is: one customer with thousands of orders
        // makes every CRM update of that profile rewrite its whole history (see the README)
        long shopper = shoppers.incrementAndGet();
        String sku = skus.get((int) (shopper % skus.size()));
        order.put("customer", Map.of("email", "shopper-" + shopper + "@example.com", "name", "Shopper " + shopper,
            "marketingConsent", false));
        order.put("fulfillment", Map.of("type", "PICKUP", "storeId", world.storeId()));
        order.put("lines", List.of(Map.of("sku", sku, "quantity", 1)));
        try {
            return gateway.post("/api/orders", world.storefront().apiKey(), order,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        } catch (LauncherException e) {
            return gateway.reply(599, e.getMessage());
        }
    }

    private LoadResult readBaseline(DemoWorld.Built world, int seconds) throws InterruptedException {
        String id = place(world, List.of(world.products().get(0).sku())).text("id");
        return LOAD.run(TARGET_RATE, seconds, due -> gateway.get("/api/orders/" + id, world.storefront().apiKey()).status() == 200);
    }

    /** Notes when each order settled, from order-service's own events on {@code order.order.v1}. */
    private void listen(String bootstrapServers, AtomicBoolean listening) {
        String confirmedType = EventTypes.typeOf(OrderConfirmed.class);
        String rejectedType = EventTypes.typeOf(OrderRejected.class);
        Map<String, Object> config = Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ORDER_ORDER).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (listening.get()) {
                for (ConsumerRecord<String, byte[]> event : consumer.poll(Duration.ofMillis(20))) {
                    String type = CloudEventHeaders.get(event.headers(), CloudEventHeaders.TYPE);
                    if (confirmedType.equals(type) || rejectedType.equals(type)) {
                        long now = System.nanoTime();
                        confirmed.put(event.key(), confirmedType.equals(type));
                        settledAt.putIfAbsent(event.key(), now);
                    }
                }
            }
        }
    }

    private void say(String format, Object... args) {
        report.say(format, args);
    }
}
