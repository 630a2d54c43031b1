package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * {@code ./lumenbridge demo}: walks, through the gateway, what the platform can do today — tenants,
 * API keys with scopes, the identity each service sees, a missing scope, a revoked key — and says
 * plainly which parts of the online-to-offline journey are not built yet. It exits non-zero when a
 * step does not answer as the design says.
 */
final class DemoCommand {

    private record DemoTenant(String name, String kind, List<String> scopes) {
    }

    private record Registered(DemoTenant tenant, String id) {
    }

    private record Keyed(Registered tenant, String keyId, String apiKey) {

        String name() {
            return tenant.tenant().name();
        }
    }

    static final List<DemoTenant> TENANTS = List.of(
        new DemoTenant("Aurora Lighting", "MANUFACTURER",
            List.of("catalog:read", "catalog:write", "orders:read", "crm:read", "crm:write")),
        new DemoTenant("BrightCart", "STOREFRONT",
            List.of("catalog:read", "stores:read", "orders:read", "orders:write")),
        new DemoTenant("Lumen Hall Shanghai", "DEALER",
            List.of("stores:read", "inventory:write", "orders:read", "orders:write")));

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
            if (!probes.serviceReady(ServiceSpec.GATEWAY)) {
                console.problem("The gateway does not answer at %s: run ./lumenbridge up first.", ServiceSpec.GATEWAY.url());
                return 1;
            }
        }
        Optional<OperatorKey> operatorKey = new SecretStore(stack.layout().home()).existingOperatorKey(stack.env());
        if (operatorKey.isEmpty()) {
            console.problem("No operator key: set %s or run ./lumenbridge up, which makes one.", OperatorKey.VARIABLE);
            return 1;
        }
        String operator = operatorKey.get().value();

        heading("Register a manufacturer, a storefront and a dealer (operator key)");
        List<Registered> registered = new ArrayList<>();
        for (DemoTenant tenant : TENANTS) {
            Optional<String> id = registerTenant(operator, tenant);
            if (id.isEmpty()) {
                return stop();
            }
            registered.add(new Registered(tenant, id.get()));
        }

        heading("Give each tenant an API key with the scopes its role needs (shown once)");
        List<Keyed> keyed = new ArrayList<>();
        for (Registered tenant : registered) {
            GatewayClient.Reply reply = post("/api/admin/tenants/" + tenant.id() + "/api-keys", operator,
                Map.of("scopes", tenant.tenant().scopes()));
            if (!expect(reply, 201) || reply.text("apiKey").isEmpty()) {
                return stop();
            }
            keyed.add(new Keyed(tenant, reply.text("keyId"), reply.text("apiKey")));
        }

        heading("Each service sees who is calling: GET <service>/whoami with each tenant's key");
        for (Keyed tenant : keyed) {
            console.line("   %s (%s, %s)", tenant.name(), tenant.tenant().tenant().kind(), tenant.tenant().id());
            for (ServiceSpec service : ServiceSpec.BACKENDS) {
                whoAmI(tenant, service);
            }
        }

        heading("A key without the scope a route needs is refused: the storefront's has no crm:read, no admin");
        Keyed storefront = keyed.get(1);
        expect(get("/api/crm/whoami", storefront.apiKey()), 403);
        expect(get("/api/admin/tenants", storefront.apiKey()), 403);

        heading("Revoke the dealer's key; it stops working at once");
        Keyed dealer = keyed.get(2);
        expect(delete("/api/admin/api-keys/" + dealer.keyId(), operator), 204);
        expect(get("/api/stores/whoami", dealer.apiKey()), 401);

        heading("What else is there, and what is not built yet");
        console.line("""
               Built and reachable through the gateway, not yet walked by this demo:
               - catalog: LED products, price lists, partnerships, faceted search, CSV/NDJSON imports;
                 ./lumenbridge bench catalog imports a generated catalog and searches it as a partner
               - stores: stores and warehouses, inventory with adjustments, the store locator, and stock
                 reservations driven by order events
               Not built yet; this demo does not fake them:
               - stores: appointments, visits and offline sales
               - orders: placing an order (DELIVERY, PICKUP, RESERVE_AND_TRY), pickup and try-out in the
                 store, cancellation and expiry, webhooks to the storefront
               - crm: customer profiles from online and offline touches, consent, segments, insights""".indent(3).stripTrailing());
        console.line();
        if (!surprises.isEmpty()) {
            console.problem("%d step(s) did not answer as the design says: %s", surprises.size(), String.join("; ", surprises));
            return 1;
        }
        console.line("Every step answered as the design says.");
        return 0;
    }

    /** Creates the tenant; when a re-run finds the name taken (409), uses the existing one. */
    private Optional<String> registerTenant(String operator, DemoTenant tenant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", tenant.name());
        body.put("kind", tenant.kind());
        GatewayClient.Reply reply = post("/api/admin/tenants", operator, body);
        if (reply.status() == 201 && !reply.text("id").isEmpty()) {
            return Optional.of(reply.text("id"));
        }
        if (reply.status() == 409) {
            GatewayClient.Reply list = gateway.get("/api/admin/tenants", operator);
            Optional<String> existing = tenantsIn(list.json()).stream()
                .filter(t -> tenant.name().equals(t.path("name").asText()) && tenant.kind().equals(t.path("kind").asText()))
                .map(t -> t.path("id").asText()).findFirst();
            existing.ifPresent(id -> console.line("     already registered by an earlier demo: using %s", id));
            if (existing.isPresent()) {
                return existing;
            }
        }
        expect(reply, 201);
        return Optional.empty();
    }

    /** The tenants of a list reply, whether it is a plain array or a page ({@code items}/{@code content}). */
    static List<JsonNode> tenantsIn(JsonNode list) {
        JsonNode items = list.isArray() ? list : list.has("items") ? list.get("items") : list.path("content");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private void whoAmI(Keyed tenant, ServiceSpec service) {
        String path = service.apiBasePath() + "/whoami";
        GatewayClient.Reply reply = gateway.get(path, tenant.apiKey());
        if (reply.status() == 200) {
            boolean right = tenant.tenant().id().equals(reply.text("tenantId"))
                && tenant.tenant().tenant().kind().equals(reply.text("kind"));
            console.line("     GET %-22s -> 200  %-16s sees tenant %s, %s, scopes %s", path, reply.text("service"),
                reply.text("tenantId"), reply.text("kind"), reply.json().path("scopes"));
            if (!right) {
                surprises.add(service.name() + " saw another identity than " + tenant.name() + "'s");
            }
        } else {
            console.line("     GET %-22s -> %d  %s", path, reply.status(), problemOf(reply));
            if (reply.status() != 403) {
                surprises.add("GET " + path + " as " + tenant.name() + " answered " + reply.status());
            }
        }
    }

    private GatewayClient.Reply get(String path, String bearer) {
        return call("GET", path, null, () -> gateway.get(path, bearer));
    }

    private GatewayClient.Reply post(String path, String bearer, Object body) {
        return call("POST", path, body, () -> gateway.post(path, bearer, body));
    }

    private GatewayClient.Reply delete(String path, String bearer) {
        return call("DELETE", path, null, () -> gateway.delete(path, bearer));
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

    private int stop() {
        console.problem("The demo cannot go on: %s", String.join("; ", surprises));
        return 1;
    }

    private void heading(String title) {
        console.line();
        console.line("%d. %s", ++step, title);
    }
}
