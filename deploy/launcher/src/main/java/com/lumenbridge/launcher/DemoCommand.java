package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * {@code ./lumenbridge demo}: builds a realistic world through the gateway — a manufacturer with a
 * generated catalog of ~20 000 LED SKUs, a partner storefront and dealer, an experience store and a
 * warehouse, stock — and walks one online-to-offline journey, printing every call and its answer:
 * search, the store locator, an idempotent PICKUP order, the reservation, the dealer's pickup, a
 * showroom appointment, an offline sale, and what the manufacturer's CRM learned. It exits non-zero
 * when a step does not answer as the design says.
 */
final class DemoCommand {

    static final int CATALOG_SIZE = 20_000;
    private static final String SHANGHAI = "Asia/Shanghai";
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Map<String, Object> CUSTOMER = Map.of("email", "li.wei@example.com", "phone", "+86 138 0000 0000",
        "name", "Li Wei", "marketingConsent", true);
    private static final Map<String, Object> VISITOR = Map.of("email", "Li.Wei@example.com", "name", "Li Wei",
        "recordConsent", true, "marketingConsent", true, "analyticsConsent", true);

    private final LocalStack stack;
    private final Console console;
    private final GatewayClient gateway = new GatewayClient(URI.create(ServiceSpec.GATEWAY.url()));
    private final List<String> surprises = new ArrayList<>();
    private int step;

    DemoCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
    }

    int run() {
        try (Probes probes = new Probes()) {
            for (ServiceSpec service : ServiceSpec.ALL) {
                if (!probes.serviceReady(service)) {
                    console.problem("%s is not ready: run ./lumenbridge up first (./lumenbridge status shows what is up).",
                        service.name());
                    return 1;
                }
            }
        }
        Optional<OperatorKey> operatorKey = new SecretStore(stack.layout().home()).existingOperatorKey(stack.env());
        if (operatorKey.isEmpty()) {
            console.problem("No operator key: set %s or run ./lumenbridge up, which makes one.", OperatorKey.VARIABLE);
            return 1;
        }
        try {
            return walk(operatorKey.get().value());
        } catch (LauncherException e) {
            surprises.add(e.getMessage());
            return stop();
        } catch (IOException e) {
            surprises.add(e.getMessage());
            return stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private int walk(String operator) throws IOException, InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        heading("Build the world through the public API (operator, then each tenant with its own key)");
        console.line("   importing a generated catalog of %,d LED SKUs takes a minute or two on two cores", CATALOG_SIZE);
        DemoWorld.Built world = new DemoWorld(gateway, operator, line -> console.line("   %s", line))
            .build(tag, CATALOG_SIZE, new CatalogGenerator(stack.layout()));
        DemoWorld.Product bulb = world.products().get(0);
        DemoWorld.Product spot = world.products().get(1);
        String storefront = world.storefront().apiKey();
        String dealer = world.dealer().apiKey();
        String manufacturer = world.manufacturer().apiKey();

        heading("A shopper on the storefront searches; the storefront sees its price-list price");
        GatewayClient.Reply search = get("/api/catalog/search?q=" + encode("a60 2700") + "&size=3", storefront);
        expect(search, 200);
        console.line("     %d matches; first: %s at %s minor units", search.json().path("total").asLong(),
            search.json().path("items").path(0).path("name").asText("?"),
            search.json().path("items").path(0).path("price").path("amountMinor").asText("?"));
        GatewayClient.Reply replaces = get("/api/catalog/search?replaces=incandescent-60W&category=bulb&size=3", storefront);
        expect(replaces, 200);
        console.line("     'replaces a 60 W incandescent': %d bulbs in the equivalent lumen range",
            replaces.json().path("total").asLong());

        heading("Where can she see it lit and pick it up? The store locator, with stock for two");
        GatewayClient.Reply nearby = get("/api/stores/nearby?lat=31.2243&lng=121.4690&radiusKm=15&sku=" + bulb.sku() + "&qty=2",
            storefront);
        expect(nearby, 200);

        heading("She orders two for pickup; the storefront retries the POST with the same Idempotency-Key");
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = Map.of("customer", CUSTOMER,
            "fulfillment", Map.of("type", "PICKUP", "storeId", world.storeId()),
            "lines", List.of(Map.of("sku", bulb.sku(), "quantity", 2)));
        GatewayClient.Reply placed = call("POST", "/api/orders", order,
            () -> gateway.post("/api/orders", storefront, order, Map.of("Idempotency-Key", key)));
        expect(placed, 202);
        GatewayClient.Reply again = call("POST", "/api/orders", order,
            () -> gateway.post("/api/orders", storefront, order, Map.of("Idempotency-Key", key)));
        String orderId = placed.text("id");
        if (!orderId.equals(again.text("id"))) {
            surprises.add("the retried POST made another order");
        } else {
            console.line("     the retry answered the same order %s: nothing was placed twice", orderId);
        }

        heading("store-service reserves both units at the store (over Kafka); the order is CONFIRMED");
        GatewayClient.Reply confirmed = awaitStatus(orderId, storefront, "CONFIRMED");
        console.line("     total %s %s; stock at the store now:", confirmed.json().path("total").path("amountMinor").asText(),
            confirmed.json().path("total").path("currency").asText());
        expect(get("/api/stores/" + world.storeId() + "/inventory/" + bulb.sku(), dealer), 200);

        heading("The dealer works its pickup queue: ready, then the customer collects");
        expect(post("/api/orders/" + orderId + "/ready", dealer, Map.of()), 200);
        expect(post("/api/orders/" + orderId + "/complete", dealer, Map.of()), 200);
        awaitStatus(orderId, storefront, "COMPLETED");
        GatewayClient.Reply stock = DemoWorld.await(() -> gateway.get("/api/stores/" + world.storeId() + "/inventory/" + bulb.sku(),
            dealer), reply -> reply.json().path("onHand").asInt() == bulb.storeStock() - 2, SETTLE, "stock to leave");
        console.line("     onHand %d (was %d): the two units left the store", stock.json().path("onHand").asInt(), bulb.storeStock());

        heading("She books a showroom visit to see the dimmable spots lit; the dealer records it");
        Optional<String> appointment = book(world, dealer, spot.sku());
        appointment.ifPresent(id -> {
            GatewayClient.Reply attended = post("/api/stores/" + world.storeId() + "/appointments/" + id + "/attend", dealer, Map.of());
            if (attended.status() != 200) {
                console.line("     (attendance can be marked from an hour before the slot; this one is later)");
            }
        });
        expect(post("/api/stores/" + world.storeId() + "/visits", dealer,
            Map.of("visitor", VISITOR, "products", List.of(spot.sku()))), 201);

        heading("At the counter she buys three spots; the offline sale takes them from stock at once");
        Map<String, Object> sale = Map.of("lines", List.of(Map.of("sku", spot.sku(), "quantity", 3)), "customer", VISITOR);
        expect(call("POST", "/api/stores/" + world.storeId() + "/sales", sale, () -> gateway.post("/api/stores/"
            + world.storeId() + "/sales", dealer, sale, Map.of("Idempotency-Key", UUID.randomUUID().toString()))), 201);

        heading("The manufacturer's CRM: one customer, online and offline, from the events alone");
        GatewayClient.Reply profile = DemoWorld.await(
            () -> gateway.get("/api/crm/customers?email=" + encode("li.wei@example.com"), manufacturer),
            reply -> reply.status() == 200 && reply.raw().contains("BOTH"),
            SETTLE, "the CRM profile");
        console.line("   GET /api/crm/customers?email=li.wei@example.com");
        console.line("     -> %d %s", profile.status(), profile.brief());

        heading("Isolation: nobody sees what is not theirs");
        expect(get("/api/crm/customers?email=" + encode("li.wei@example.com"), storefront), 403);
        expect(get("/api/orders/" + UUID.randomUUID(), storefront), 404);
        expect(get("/api/stores/" + world.warehouseId() + "/inventory/" + bulb.sku(), dealer), 404);

        console.line();
        if (!surprises.isEmpty()) {
            console.problem("%d step(s) did not answer as the design says: %s", surprises.size(), String.join("; ", surprises));
            return 1;
        }
        console.line("Every step answered as the design says. The world stays: its keys are in the output above.");
        return 0;
    }

    /** Books the first free showroom slot today (or tomorrow, when today's are over). */
    private Optional<String> book(DemoWorld.Built world, String dealer, String sku) {
        LocalDate today = LocalDate.now(ZoneId.of(SHANGHAI));
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            GatewayClient.Reply slots = get("/api/stores/" + world.storeId() + "/appointments/slots?date=" + day
                + "&service=SHOWROOM", dealer);
            for (JsonNode slot : slots.json().path("slots")) {
                if (slot.path("bookable").asBoolean() && slot.path("free").asInt() > 0) {
                    Map<String, Object> body = Map.of("slotStart", slot.path("start").asText(), "service", "SHOWROOM",
                        "visitor", VISITOR, "products", List.of(sku));
                    GatewayClient.Reply booked = post("/api/stores/" + world.storeId() + "/appointments", dealer, body);
                    expect(booked, 201);
                    return booked.status() == 201 ? Optional.of(booked.text("id")) : Optional.empty();
                }
            }
        }
        surprises.add("no free showroom slot today or tomorrow");
        return Optional.empty();
    }

    private GatewayClient.Reply awaitStatus(String orderId, String key, String status) throws InterruptedException {
        GatewayClient.Reply reply = DemoWorld.await(() -> gateway.get("/api/orders/" + orderId, key),
            r -> r.status() == 200 && (r.text("status").equals(status) || Set.of("REJECTED", "CANCELLED", "EXPIRED").contains(r.text("status"))),
            SETTLE, "order " + orderId);
        console.line("   GET /api/orders/%s", orderId);
        console.line("     -> %d status %s", reply.status(), reply.text("status"));
        if (!reply.text("status").equals(status)) {
            surprises.add("order " + orderId + " became " + reply.text("status") + ", not " + status);
        }
        return reply;
    }

    /** The tenants of a list reply, whether it is a plain array or a page ({@code items}/{@code content}). */
    static List<JsonNode> tenantsIn(JsonNode list) {
        JsonNode items = list.isArray() ? list : list.has("items") ? list.get("items") : list.path("content");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private GatewayClient.Reply get(String path, String bearer) {
        return call("GET", path, null, () -> gateway.get(path, bearer));
    }

    private GatewayClient.Reply post(String path, String bearer, Object body) {
        return call("POST", path, body, () -> gateway.post(path, bearer, body));
    }

    /** Prints the request, sends it, prints the answer. */
    private GatewayClient.Reply call(String method, String path, Object body, Supplier<GatewayClient.Reply> send) {
        console.line("   %s %s%s", method, path, body == null ? "" : " " + gateway.toJson(body));
        GatewayClient.Reply reply = send.get();
        console.line("     -> %d %s", reply.status(), reply.status() >= 400 ? problemOf(reply) : reply.brief());
        return reply;
    }

    private boolean expect(GatewayClient.Reply reply, int status) {
        if (reply.status() == status) {
            return true;
        }
        console.line("     (expected %d)", status);
        surprises.add("expected " + status + ", got " + reply.status() + " " + reply.brief());
        return false;
    }

    private static String problemOf(GatewayClient.Reply reply) {
        JsonNode problem = reply.json();
        if (problem.has("title") || problem.has("detail")) {
            return problem.path("title").asText("") + (problem.has("detail") ? ": " + problem.path("detail").asText() : "")
                + (problem.has("type") ? "  [" + problem.path("type").asText() + "]" : "");
        }
        return reply.brief();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private int stop() {
        console.problem("The demo cannot go on: %s", String.join("; ", surprises));
        return 1;
    }

    private void heading(String title) {
        console.line();
        console.line("%d. %s", ++step, title);
    }
}
