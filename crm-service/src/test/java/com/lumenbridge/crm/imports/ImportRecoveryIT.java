package com.lumenbridge.crm.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.crm.imports.application.ImportFiles;
import com.lumenbridge.crm.imports.application.ImportJob;
import com.lumenbridge.crm.imports.application.ImportService;
import com.lumenbridge.crm.imports.application.Imports;
import com.lumenbridge.crm.support.Api;
import com.lumenbridge.crm.support.CrmTestContext;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * An import whose instance died is left as a crash leaves it: RUNNING, a heartbeat gone stale, the
 * progress of its last full batch, its file stored. These tests play that state into the database
 * and let the service find it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CrmTestContext.class)
@WithEmbeddedInfrastructure
class ImportRecoveryIT {

    private static final int ROWS = 1200;

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    ImportService service;
    @Autowired
    Imports imports;
    @Autowired
    ImportFiles files;
    @Autowired
    Clock clock;

    private Api api;
    private Caller maker;
    private MongoCollection<Document> jobs;

    @BeforeEach
    void aManufacturer() {
        api = new Api(port);
        maker = new Caller("maker-" + UUID.randomUUID(), TenantKind.MANUFACTURER, Set.of(Scope.CRM_READ, Scope.CRM_WRITE));
        jobs = database.getCollection("imports");
    }

    /** Rows 1..ROWS, of which row 3 and row 800 have an analytics flag nobody can read. */
    private static String csv(int from, int to) {
        StringBuilder csv = new StringBuilder("email,name,analyticsConsent\n");
        for (int i = from; i <= to; i++) {
            csv.append("p").append(i).append("@example.com,P ").append(i).append(',')
                .append(i == 3 || i == 800 ? "maybe" : "yes").append('\n');
        }
        return csv.toString();
    }

    /** A job document as {@code MongoImports} writes it, owned by {@code instanceId} with the given heartbeat. */
    private String leftBehind(String status, String instanceId, Instant heartbeatAt, long rowsDone, long rowsFailed,
            long created, List<Document> errors) {
        String id = UUID.randomUUID().toString();
        List<Document> mapping = List.of(new Document("field", "email").append("column", "email"),
            new Document("field", "name").append("column", "name"),
            new Document("field", "analyticsConsent").append("column", "analyticsConsent"));
        jobs.insertOne(new Document("_id", id).append("tenantId", maker.tenantId()).append("mapping", mapping)
            .append("status", status).append("rowsTotal", (long) ROWS).append("rowsDone", rowsDone)
            .append("rowsFailed", rowsFailed).append("created", created).append("updated", 0L).append("unchanged", 0L)
            .append("errors", errors).append("errorsStored", errors.size()).append("errorsOmitted", 0L)
            .append("instanceId", instanceId).append("heartbeatAt", Date.from(heartbeatAt))
            .append("createdAt", Date.from(heartbeatAt)).append("startedAt", Date.from(heartbeatAt)));
        return id;
    }

    private void storeFile(String jobId, String content) throws IOException {
        Path file = Files.createTempFile("import-recovery-it-", ".csv");
        try {
            Files.writeString(file, content);
            files.store(jobId, file);
        } finally {
            Files.delete(file);
        }
    }

    private JsonNode job(String id) {
        return api.get(maker, "/api/crm/imports/" + id).json();
    }

    private boolean known(String email) {
        return api.get(maker, "/api/crm/customers?email=" + email).json().get("items").size() == 1;
    }

    @Test
    void aJobWhoseInstanceDiedIsResumedAfterItsLastCheckpointWithExactCounts() throws IOException {
        // the dead worker had applied rows 501..600 after its checkpoint at 500, without counting them
        HttpProbe.Response applied = api.postRaw(maker, "/api/crm/imports", "text/csv", csv(501, 600));
        String earlier = applied.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> job(earlier).get("status").asText().equals("COMPLETED"));
        String id = leftBehind("RUNNING", "dead-" + UUID.randomUUID(), clock.instant().minus(Duration.ofHours(1)), 500, 1, 499,
            List.of(new Document("row", 3L).append("field", "analyticsConsent").append("message", "'maybe' is not yes/no, true/false or 1/0")));
        storeFile(id, csv(1, ROWS));

        service.tend();

        await().atMost(Duration.ofSeconds(120)).until(() -> job(id).get("status").asText().equals("COMPLETED"));
        JsonNode done = job(id);
        assertThat(done.get("rowsTotal").asLong()).isEqualTo(ROWS);
        assertThat(done.get("rowsDone").asLong()).isEqualTo(ROWS);
        assertThat(done.get("rowsFailed").asLong()).isEqualTo(2);
        assertThat(done.get("created").asLong()).isEqualTo(499 + 599);
        assertThat(done.get("unchanged").asLong()).isEqualTo(100);
        assertThat(done.get("updated").asLong()).isZero();
        assertThat(done.get("errors").findValues("row").stream().map(JsonNode::asLong).toList()).containsExactly(3L, 800L);
        // rows up to the checkpoint were not applied again (this test never applied them at all)
        assertThat(known("p1@example.com")).isFalse();
        assertThat(known("p500@example.com")).isFalse();
        assertThat(known("p550@example.com")).isTrue();
        assertThat(known("p1200@example.com")).isTrue();
        assertThat(files.fetch(id)).as("the finished job's stored file").isEmpty();
    }

    @Test
    void aJobWhoseInstanceIsAliveIsNotTakenOver() throws IOException {
        String owner = "alive-" + UUID.randomUUID();
        String id = leftBehind("RUNNING", owner, clock.instant(), 0, 0, 0, List.of());
        storeFile(id, csv(1, 10));
        try {
            service.tend();

            Document stored = jobs.find(Filters.eq("_id", id)).first();
            assertThat(stored.getString("instanceId")).isEqualTo(owner);
            assertThat(stored.getString("status")).isEqualTo("RUNNING");
            assertThat(stored.getLong("rowsDone")).isZero();
            assertThat(known("p1@example.com")).isFalse();
        } finally {
            jobs.deleteOne(Filters.eq("_id", id));
            files.delete(id);
        }
    }

    @Test
    void ofInstancesRacingForAStaleJobExactlyOneTakesItAndTheOldOwnerCanNoLongerCount() throws Exception {
        String dead = "dead-" + UUID.randomUUID();
        // stale for the racers below, not yet for the service's own tending (60 s)
        String id = leftBehind("RUNNING", dead, clock.instant().minus(Duration.ofSeconds(20)), 500, 0, 500, List.of());
        Instant now = clock.instant();
        ExecutorService racers = Executors.newFixedThreadPool(8);
        List<Callable<Optional<ImportJob>>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String instance = "racer-" + i;
            claims.add(() -> imports.takeOver(now.minus(Duration.ofSeconds(10)), instance, now));
        }
        List<ImportJob> won = new ArrayList<>();
        try {
            for (Future<Optional<ImportJob>> claim : racers.invokeAll(claims)) {
                claim.get().filter(job -> job.id().equals(id)).ifPresent(won::add);
            }
        } finally {
            racers.shutdownNow();
        }

        assertThat(won).hasSize(1);
        assertThat(won.get(0).instanceId()).startsWith("racer-");
        assertThat(won.get(0).rowsDone()).isEqualTo(500);
        assertThat(imports.progress(id, dead, new Imports.Progress(500, 0, 500, 0, 0), List.of(), now)).isFalse();
        assertThat(imports.complete(id, dead, now)).isFalse();
        Document stored = jobs.find(Filters.eq("_id", id)).first();
        assertThat(stored.getLong("rowsDone")).isEqualTo(500);
        assertThat(stored.getString("status")).isEqualTo("RUNNING");
        jobs.deleteOne(Filters.eq("_id", id));
    }

    @Test
    void aStaleJobWhoseFileIsGoneIsFailedWithAMessageToSubmitAgain() {
        String id = leftBehind("QUEUED", null, clock.instant().minus(Duration.ofHours(1)), 0, 0, 0, List.of());

        service.tend();

        await().atMost(Duration.ofSeconds(30)).until(() -> job(id).get("status").asText().equals("FAILED"));
        assertThat(job(id).get("failure").asText()).startsWith("Interrupted: the instance running this import stopped")
            .contains("Submit the file again");
    }
}
