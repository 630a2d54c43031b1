package com.lumenbridge.crm.bench;

import com.lumenbridge.crm.CrmServiceApplication;
import com.lumenbridge.crm.support.Api;
import com.lumenbridge.crm.support.Events;
import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.EventTypes;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.order.FulfillmentType;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.events.store.OfflineSaleRecorded;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a manufacturer's base of profiles against the embedded Kafka and Mongo: a share from
 * online orders and offline sales published to the real broker at a fixed rate, the rest from a
 * legacy CSV import. Prints events/s handled, event-to-profile delay (p50/p99, from ce_time to the
 * profile write), import rows/s, segment-size latency and insights latency. Not a test.
 *
 * <pre>
 * ./mvnw -B -o -q -pl crm-service test-compile exec:java [-Dexec.args="100000 500 0.6"]
 * </pre>
 * Arguments: profiles (100 000), event rate per second (500), share of profiles built from events (0.6).
 */
public final class CrmBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String[]> PRODUCTS = List.of(
        new String[] {"BULB-27", "bulb", "MASS", "2700", "450"},
        new String[] {"BULB-40", "bulb", "MASS", "4000", "450"},
        new String[] {"PANEL-40", "panel", "MASS", "4000", "3200"},
        new String[] {"TUBE-65", "tube", "MASS", "6500", "900"},
        new String[] {"HIGHBAY-50", "high-bay", "PROFESSIONAL", "5000", "15000"},
        new String[] {"TRACK-30", "track", "PROFESSIONAL", "3000", "6000"});

    private CrmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            // the embedded broker's threads would keep the JVM alive after a failure too
            System.exit(0);
        }
    }

    private static void run(String[] args) throws Exception {
        int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        double eventShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.6;
        int fromEvents = (int) Math.round(profiles * eventShare);
        int fromImport = profiles - fromEvents;

        EmbeddedInfrastructure infra = EmbeddedInfrastructure.start();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmServiceApplication.class)
            .web(WebApplicationType.SERVLET).run("--server.port=0", "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        Api api = new Api(port);
        String maker = "maker-bench-" + UUID.randomUUID();
        Caller caller = new Caller(maker, TenantKind.MANUFACTURER, Set.of(Scope.CRM_READ, Scope.CRM_WRITE));
        Random random = new Random(42);

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String[] p : PRODUCTS) {
                send(producer, Events.product(maker, p[0], p[1], p[2], Integer.parseInt(p[3]), Long.parseLong(p[4])), maker);
            }
            producer.flush();
            Thread.sleep(3000);
            String segmentId = api.post(caller, "/api/crm/segments", """
                {"name":"Pros who buy","rule":{"and":[{"field":"classification","op":"eq","value":"PROFESSIONAL"},
                 {"field":"orderCount","op":"gte","value":1}]}}""").json().get("id").asText();

            System.out.printf(Locale.ROOT, "Publishing %d events at %d/s (one profile each)...%n", fromEvents, rate);
            long start = System.nanoTime();
            for (int i = 0; i < fromEvents; i++) {
                long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                send(producer, event(maker, i, random), maker);
            }
            producer.flush();
            double handled = awaitHandled(meters, fromEvents, Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - start) / 1e9;
            Timer delay = meters.find("lumenbridge.crm.event.to.profile.delay").timer();
            System.out.printf(Locale.ROOT, "events: %.0f handled in %.1f s = %.0f events/s; event-to-profile p50 %s, p99 %s, max %.0f ms%n",
                handled, seconds, handled / seconds, percentile(delay, 0.5), percentile(delay, 0.99),
                delay.max(TimeUnit.MILLISECONDS));

            StringBuilder csv = new StringBuilder("email,phone,name,tradeAccount,analyticsConsent\n");
            for (int i = 0; i < fromImport; i++) {
                csv.append("legacy").append(i).append("@example.com,,Legacy ").append(i).append(',')
                    .append(i % 10 == 0 ? "yes" : "no").append(",yes\n");
            }
            long importStart = System.nanoTime();
            String job = api.postRaw(caller, "/api/crm/imports", "text/csv", csv.toString()).json().get("id").asText();
            HttpProbe.Response status;
            do {
                Thread.sleep(1000);
                status = api.get(caller, "/api/crm/imports/" + job);
            } while (!Set.of("COMPLETED", "FAILED").contains(status.json().get("status").asText()));
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            System.out.printf(Locale.ROOT, "import: %d rows %s in %.1f s = %.0f rows/s (created %d)%n", fromImport,
                status.json().get("status").asText(), importSeconds, fromImport / importSeconds,
                status.json().get("created").asLong());

            long[] segmentNanos = new long[200];
            for (int i = 0; i < segmentNanos.length; i++) {
                long t = System.nanoTime();
                api.get(caller, "/api/crm/segments/" + segmentId);
                segmentNanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(segmentNanos);
            System.out.printf(Locale.ROOT, "segment size (%d members): p50 %.1f ms, p99 %.1f ms over %d reads%n",
                api.get(caller, "/api/crm/segments/" + segmentId).json().get("size").asLong(),
                segmentNanos[100] / 1e6, segmentNanos[197] / 1e6, segmentNanos.length);
            List<Double> insights = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                api.get(caller, "/api/crm/insights");
                insights.add((System.nanoTime() - t) / 1e6);
            }
            long t = System.nanoTime();
            api.get(caller, "/api/crm/insights?segment=" + segmentId);
            System.out.printf(Locale.ROOT, "insights over the base: %s ms; over the segment: %.0f ms%n",
                insights.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(), (System.nanoTime() - t) / 1e6);
        } finally {
            app.close();
        }
    }

    /** Two in three profiles come from an online order, one in three from an offline sale; every tenth buys like a pro. */
    private static IntegrationEvent event(String maker, int i, Random random) {
        String[] product = PRODUCTS.get(i % 10 == 0 ? 4 + random.nextInt(2) : random.nextInt(4));
        int quantity = i % 10 == 0 ? 20 + random.nextInt(30) : 1 + random.nextInt(5);
        String email = "person" + i + "@example.com";
        Instant at = Instant.now().minus(Duration.ofDays(random.nextInt(300)));
        if (i % 3 == 2) {
            return new OfflineSaleRecorded("sale-" + UUID.randomUUID(), "store-" + random.nextInt(20), "dealer-1",
                List.of(maker), at, List.of(new StockLine(product[0], quantity)), Events.visitor(email, null, "P" + i));
        }
        OrderPlaced order = Events.order(maker, FulfillmentType.DELIVERY, null, Events.customer(email, null, "P" + i, true),
            at, product[0], quantity, Long.parseLong(product[4]));
        return order;
    }

    private static void send(KafkaProducer<String, byte[]> producer, IntegrationEvent event, String tenant) {
        var type = EventTypes.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.aggregateId(), JSON.writeValueAsBytes(event));
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, type.type());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, "/lumenbridge/bench");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SUBJECT, event.aggregateId());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TENANT_ID, tenant);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TIME, Instant.now().toString());
        producer.send(record);
    }

    private static double awaitHandled(MeterRegistry meters, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        double handled = 0;
        while (System.nanoTime() < deadline) {
            handled = meters.find("lumenbridge.crm.events.processed").tag("outcome", "applied").counters().stream()
                .mapToDouble(c -> c.count()).sum();
            if (handled >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        return handled;
    }

    private static String percentile(Timer timer, double p) {
        for (ValueAtPercentile v : timer.takeSnapshot().percentileValues()) {
            if (Math.abs(v.percentile() - p) < 1e-9) {
                return String.format(Locale.ROOT, "%.0f ms", v.value(TimeUnit.MILLISECONDS));
            }
        }
        return "n/a";
    }
}
