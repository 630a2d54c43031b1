package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Scenario "isolation": world B's tenants calling every endpoint that takes an id with world A's
 * ids. DESIGN.md: an id of another tenant answers 404, never 403 (no existence leak) — and a write
 * under it changes nothing. A 403 is accepted only where the role may not call the endpoint at all,
 * which the scenario learns by asking with world A's own key of that role first. Lists and search
 * of B must not show any of A's ids either.
 *
 * <p>The operator's admin API is left out: the operator sees every tenant by design.
 */
final class IsolationScenario {

    private static final List<EndpointTemplates.Role> TENANT_ROLES = List.of(EndpointTemplates.Role.MANUFACTURER,
        EndpointTemplates.Role.STOREFRONT, EndpointTemplates.Role.DEALER);

    private final Findings findings;
    private final RawGateway gateway;
    private final String mongoUri;
    private final ObjectMapper json = new ObjectMapper();
    private final Random idempotencyKeys = new Random(BadInputScenario.SEED);

    IsolationScenario(Findings findings, RawGateway gateway, String mongoUri) {
        this.findings = findings;
        this.gateway = gateway;
        this.mongoUri = mongoUri;
    }

    void run(ChaosWorld.Built a, Map<EndpointTemplates.Role, String> otherKeys) throws InterruptedException {
        findings.say("");
        findings.say("5. Isolation: another world's tenants with this world's ids — 404, no leak in lists, nothing written");
        List<EndpointTemplates.Template> templates = EndpointTemplates.forWorld(a.ids()).stream()
            .filter(t -> t.role() != EndpointTemplates.Role.OPERATOR && t.isolated()).toList();
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            DatabaseSnapshot before = DatabaseSnapshot.settled(mongo, BadInputScenario.SETTLE_PAUSE, BadInputScenario.SETTLE_LIMIT);
            List<String> wrong = new ArrayList<>();
            int calls = 0;
            for (EndpointTemplates.Template t : templates) {
                if (t.parameters().isEmpty() || t.creating().containsAll(t.parameters())) {
                    continue;
                }
                for (EndpointTemplates.Role role : t.write() ? List.of(t.role()) : TENANT_ROLES) {
                    boolean mayNotCall = role != t.role() && send(t, a.keys().get(role)).status() == 403;
                    RawGateway.Answer answer = send(t, otherKeys.get(role));
                    calls++;
                    if (!(answer.status() == 404 || (mayNotCall && answer.status() == 403))) {
                        wrong.add(String.format("%s as %s → %d (expected 404%s) %s", t.operation(), role, answer.status(),
                            mayNotCall ? " or 403" : "", answer.brief()));
                    }
                }
            }
            wrong.forEach(line -> findings.say("   %s", line));
            findings.check(wrong.isEmpty(), calls + " calls with another tenant's ids answered 404 (" + wrong.size() + " did not)");

            List<String> leaks = new ArrayList<>();
            int reads = 0;
            for (EndpointTemplates.Template t : templates) {
                if (t.write() || !t.parameters().isEmpty() || t.path().endsWith("/whoami")) {
                    continue;
                }
                for (EndpointTemplates.Role role : TENANT_ROLES) {
                    RawGateway.Answer answer = send(t, otherKeys.get(role));
                    reads++;
                    String leaked = leak(a.ids(), t, answer);
                    if (answer.status() >= 500 || leaked != null) {
                        leaks.add(String.format("%s as %s → %d%s", t.operation(), role, answer.status(),
                            leaked == null ? "" : ", shows " + leaked));
                    }
                }
            }
            leaks.forEach(line -> findings.say("   %s", line));
            findings.check(leaks.isEmpty(), reads + " list and search reads of another tenant show none of this world's ids ("
                + leaks.size() + " did)");

            List<DatabaseSnapshot.Change> changes = before.changesTo(
                DatabaseSnapshot.settled(mongo, BadInputScenario.SETTLE_PAUSE, BadInputScenario.SETTLE_LIMIT));
            changes.forEach(change -> findings.say("   changed: %s", change.describe()));
            findings.check(changes.isEmpty(), "nothing changed in the databases (" + changes.size() + " collection(s) did)");
        }
    }

    private RawGateway.Answer send(EndpointTemplates.Template t, String key) throws InterruptedException {
        byte[] body = t.body() != null ? t.body().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : t.raw();
        Map<String, String> headers = t.idempotencyKey()
            ? Map.of("Idempotency-Key", "isolation-" + HexFormat.of().toHexDigits(idempotencyKeys.nextLong())) : Map.of();
        return gateway.send(t.method(), Mutations.validTarget(t), key, t.contentType(), body, headers);
    }

    /**
     * The first of A's ids the answer shows: in its {@code items} when it has them, else anywhere
     * in it except where the request itself named the id (an answer may echo its query).
     */
    private String leak(EndpointTemplates.WorldIds ids, EndpointTemplates.Template t, RawGateway.Answer answer) {
        JsonNode items = items(answer.body());
        String shown = items != null ? items.toString() : answer.body();
        return Stream.of(ids.storeId(), ids.warehouseId(), ids.sku(), ids.orderId(), ids.appointmentId(), ids.customerId(),
                ids.customerEmail(), ids.segmentId(), ids.catalogImportId(), ids.crmImportId())
            .filter(id -> shown.contains(id) && (items != null || !t.query().containsValue(id)))
            .findFirst().orElse(null);
    }

    private JsonNode items(String body) {
        try {
            JsonNode items = json.readTree(body).path("items");
            return items.isArray() ? items : null;
        } catch (IOException e) {
            return null;
        }
    }
}
