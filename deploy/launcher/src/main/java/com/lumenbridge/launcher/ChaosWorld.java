package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link DemoWorld} grown until every id-taking endpoint has something real to point at: a
 * confirmed PICKUP order at the store, a booked appointment, the CRM profile of the order's
 * customer, a segment and one catalog and one CRM import job. Built through the public API only.
 */
final class ChaosWorld {

    /** A world's ids and the API key of each role (the operator's is the platform's). */
    record Built(EndpointTemplates.WorldIds ids, Map<EndpointTemplates.Role, String> keys) {
    }

    private static final Duration CONVERGENCE = Duration.ofSeconds(60);
    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");

    private final GatewayClient gateway;
    private final RawGateway raw;
    private final String operatorKey;

    ChaosWorld(GatewayClient gateway, RawGateway raw, String operatorKey) {
        this.gateway = gateway;
        this.raw = raw;
        this.operatorKey = operatorKey;
    }

    Built build(String tag) throws IOException, InterruptedException {
        DemoWorld.Built world = new DemoWorld(gateway, operatorKey, line -> { }).build(tag, 0, null);

        DemoWorld.Product product = world.products().get(0);
        String email = "chaos-" + tag.toLowerCase() + "@example.com";
        String orderId = confirmedOrder(world, product.sku(), email);
        String day = LocalDate.now(STORE_ZONE).plusDays(1).toString();
        String appointmentId = appointment(world, product.sku(), day, email);
        String customerId = DemoWorld.await(() -> gateway.get("/api/crm/customers?email=" + Mutations.encode(email),
                world.manufacturer().apiKey()), reply -> reply.json().path("items").size() > 0, CONVERGENCE,
            "the CRM profile of " + email).json().path("items").get(0).path("id").asText();
        String segmentId = expect(gateway.post("/api/crm/segments", world.manufacturer().apiKey(), Map.of("name", "chaos " + tag,
            "rule", Map.of("field", "classification", "op", "eq", "value", "MASS"))), 201, "segment").text("id");
        String catalogImport = importJob("/api/catalog/imports", world.manufacturer().apiKey(), "application/x-ndjson",
            gateway.toJson(Map.of("sku", product.sku(), "status", "ACTIVE")) + "\n");
        String crmImport = importJob("/api/crm/imports", world.manufacturer().apiKey(), "text/csv",
            "email,name\nimported-" + tag.toLowerCase() + "@example.com,Imported\n");

        EndpointTemplates.WorldIds ids = new EndpointTemplates.WorldIds(tag, world.manufacturer().id(), world.storefront().id(),
            world.storeId(), world.warehouseId(), product.sku(), product.body(), world.priceListId(), orderId, appointmentId, day,
            customerId, email, segmentId, catalogImport, crmImport);
        return new Built(ids, keys(world, operatorKey));
    }

    /** The key each role of {@code world} calls with. */
    static Map<EndpointTemplates.Role, String> keys(DemoWorld.Built world, String operatorKey) {
        Map<EndpointTemplates.Role, String> keys = new EnumMap<>(EndpointTemplates.Role.class);
        keys.put(EndpointTemplates.Role.MANUFACTURER, world.manufacturer().apiKey());
        keys.put(EndpointTemplates.Role.STOREFRONT, world.storefront().apiKey());
        keys.put(EndpointTemplates.Role.DEALER, world.dealer().apiKey());
        keys.put(EndpointTemplates.Role.OPERATOR, operatorKey);
        return Map.copyOf(keys);
    }

    private String confirmedOrder(DemoWorld.Built world, String sku, String email) throws InterruptedException {
        Map<String, Object> order = Map.of(
            "customer", Map.of("email", email, "name", "Chaos Customer", "marketingConsent", false),
            "fulfillment", Map.of("type", "PICKUP", "storeId", world.storeId()),
            "lines", List.of(Map.of("sku", sku, "quantity", 1)));
        String key = "chaos-" + UUID.randomUUID();
        String id = DemoWorld.await(() -> gateway.post("/api/orders", world.storefront().apiKey(), order, Map.of("Idempotency-Key", key)),
            reply -> reply.status() == 202, CONVERGENCE, "placing an order").text("id");
        GatewayClient.Reply settled = DemoWorld.await(() -> gateway.get("/api/orders/" + id, world.storefront().apiKey()),
            reply -> reply.status() == 200 && !reply.text("status").equals("PENDING"), CONVERGENCE, "order " + id + " to settle");
        expectStatus(settled.text("status"), "CONFIRMED", "order " + id);
        return id;
    }

    private String appointment(DemoWorld.Built world, String sku, String day, String email) {
        JsonNode slots = expect(gateway.get("/api/stores/" + world.storeId() + "/appointments/slots?date=" + day + "&service=SHOWROOM",
            world.dealer().apiKey()), 200, "appointment slots").json().path("slots");
        String start = null;
        for (JsonNode slot : slots) {
            if (slot.path("bookable").asBoolean()) {
                start = slot.path("start").asText();
                break;
            }
        }
        if (start == null) {
            throw new LauncherException("No bookable SHOWROOM slot on " + day + " at store " + world.storeId());
        }
        return expect(gateway.post("/api/stores/" + world.storeId() + "/appointments", world.dealer().apiKey(), Map.of(
            "slotStart", start, "service", "SHOWROOM", "products", List.of(sku),
            "visitor", Map.of("email", email, "name", "Chaos Customer", "recordConsent", true))), 201, "appointment").text("id");
    }

    private String importJob(String path, String key, String contentType, String body) throws InterruptedException {
        RawGateway.Answer answer = raw.send("POST", path, key, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        GatewayClient.Reply reply = expect(gateway.reply(answer.status(), answer.body()), 202, "import " + path);
        String id = reply.text("id");
        DemoWorld.await(() -> gateway.get(path + "/" + id, key),
            r -> r.status() == 200 && Set.of("COMPLETED", "FAILED").contains(r.text("status")), CONVERGENCE, "import " + id);
        return id;
    }

    private static GatewayClient.Reply expect(GatewayClient.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new LauncherException(what + ": expected " + status + " but got " + reply.status() + " " + reply.brief());
        }
        return reply;
    }

    private static void expectStatus(String actual, String expected, String what) {
        if (!actual.equals(expected)) {
            throw new LauncherException(what + ": expected " + expected + " but is " + actual);
        }
    }
}
