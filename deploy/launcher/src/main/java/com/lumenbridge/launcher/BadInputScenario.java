package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scenario "bad input": a generated stream of malformed requests against every documented
 * endpoint. DESIGN.md: bad input is 400 or 422 and writes nothing. So every answer must be below
 * 500, and the databases must hold exactly what they held before — the check that also catches a
 * mutation a service wrongly accepted.
 *
 * <p>Import endpoints answer a file they cannot read with an accepted job that then fails (the file
 * is read after the 202); the job documents of those answers are the one change allowed, and the
 * scenario says how many there were.
 */
final class BadInputScenario {

    /** Fixed, so two runs send the same kinds of requests and a finding can be reproduced. */
    static final long SEED = 8;
    static final Duration SETTLE_PAUSE = Duration.ofSeconds(2);
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);

    private static final List<String> API_DOCS = List.of("/v3/api-docs/catalog", "/v3/api-docs/stores", "/v3/api-docs/orders",
        "/v3/api-docs/crm", "/v3/api-docs");
    private static final Set<String> IMPORT_COLLECTIONS = Set.of("lumenbridge_catalog.imports", "lumenbridge_crm.imports");

    private final Findings findings;
    private final RawGateway gateway;
    private final String mongoUri;
    private final ObjectMapper json = new ObjectMapper();

    BadInputScenario(Findings findings, RawGateway gateway, String mongoUri) {
        this.findings = findings;
        this.gateway = gateway;
        this.mongoUri = mongoUri;
    }

    void run(ChaosWorld.Built world, boolean small) throws InterruptedException {
        int perOperation = small ? 6 : 40;
        findings.say("");
        findings.say("4. Bad input: %d malformed requests per documented operation (seed %d); no 5xx, nothing written",
            perOperation, SEED);
        List<EndpointTemplates.Template> templates = EndpointTemplates.forWorld(world.ids());
        Set<String> missing = EndpointTemplates.missing(documented(world), templates);
        findings.check(missing.isEmpty(), "every documented operation has a template" + (missing.isEmpty() ? "" : " (missing: "
            + String.join(", ", missing) + ")"));

        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            DatabaseSnapshot before = DatabaseSnapshot.settled(mongo, SETTLE_PAUSE, SETTLE_LIMIT);
            Random random = new Random(SEED);
            Map<Integer, Integer> answers = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            List<String> accepted = new ArrayList<>();
            Set<String> acceptedJobs = new TreeSet<>();
            long began = System.nanoTime();
            int sent = 0;
            for (EndpointTemplates.Template template : templates) {
                String key = world.keys().get(template.role());
                for (Mutations.Mutant mutant : Mutations.of(template, random, perOperation)) {
                    RawGateway.Answer answer = gateway.send(mutant.method(), mutant.target(), key, mutant.contentType(), mutant.body(),
                        mutant.headers());
                    sent++;
                    answers.merge(answer.status(), 1, Integer::sum);
                    String line = String.format("%s %s %s → %d %s", template.operation(), mutant.describe(), brief(mutant.target()),
                        answer.status(), answer.brief());
                    if (answer.status() >= 500 || answer.status() == 0) {
                        failures.add(line);
                    } else if (answer.status() < 300 && template.write()) {
                        accepted.add(line);
                        if (template.raw() != null) {
                            acceptedJobs.add(jobId(answer));
                        }
                    }
                }
            }
            findings.say("   %d requests to %d operations in %.1f s; answers %s", sent, templates.size(),
                (System.nanoTime() - began) / 1e9, answers);
            accepted.forEach(line -> findings.say("   accepted: %s", line));
            failures.forEach(line -> findings.say("   5xx or no answer: %s", line));
            findings.check(failures.isEmpty(), "every malformed request answered below 500 (" + failures.size() + " did not)");

            DatabaseSnapshot after = DatabaseSnapshot.settled(mongo, SETTLE_PAUSE, SETTLE_LIMIT);
            List<DatabaseSnapshot.Change> changes = new ArrayList<>();
            for (DatabaseSnapshot.Change change : before.changesTo(after)) {
                if (IMPORT_COLLECTIONS.contains(change.collection()) && change.removed().isEmpty() && change.changed().isEmpty()
                        && acceptedJobs.containsAll(change.added())) {
                    findings.say("   %d import job(s) of accepted files in %s (the file is read after the 202)",
                        change.added().size(), change.collection());
                } else {
                    changes.add(change);
                }
            }
            changes.forEach(change -> findings.say("   changed: %s", change.describe()));
            findings.check(changes.isEmpty(), "nothing changed in the databases (" + changes.size() + " collection(s) did)");
        }
    }

    /** The operations the running services document, fetched through the gateway as a client would. */
    private Set<String> documented(ChaosWorld.Built world) throws InterruptedException {
        Set<String> operations = new TreeSet<>();
        for (String path : API_DOCS) {
            RawGateway.Answer answer = gateway.get(path, world.keys().get(EndpointTemplates.Role.OPERATOR));
            if (answer.status() != 200) {
                findings.check(false, "the OpenAPI document " + path + " is served (" + answer.status() + " " + answer.brief() + ")");
                continue;
            }
            try {
                operations.addAll(EndpointTemplates.documented(json.readTree(answer.body())));
            } catch (IOException e) {
                findings.check(false, "the OpenAPI document " + path + " is JSON (" + e.getMessage() + ")");
            }
        }
        return operations;
    }

    private String jobId(RawGateway.Answer answer) {
        try {
            JsonNode body = json.readTree(answer.body());
            return body.path("id").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String brief(String target) {
        return target.length() > 120 ? target.substring(0, 117) + "..." : target;
    }
}
