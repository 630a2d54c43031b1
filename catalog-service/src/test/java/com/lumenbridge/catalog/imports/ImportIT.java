package com.lumenbridge.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.catalog.imports.application.ImportService;
import com.lumenbridge.catalog.sampledata.CatalogFiles;
import com.lumenbridge.catalog.sampledata.CatalogGenerator;
import com.lumenbridge.catalog.sampledata.GeneratedProduct;
import com.lumenbridge.catalog.support.CatalogApi;
import com.lumenbridge.catalog.support.Topics;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@WithEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    ImportService imports;

    private CatalogApi api;
    private final Caller owner = CatalogApi.manufacturer();

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    private JsonNode completed(String location) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
            .until(() -> api.get(owner, location).json().get("status").asString().matches("COMPLETED|FAILED"));
        return api.get(owner, location).json();
    }

    private static List<String> errors(JsonNode job) {
        List<String> errors = new ArrayList<>();
        job.get("errors").forEach(e -> errors.add(e.get("row").asLong() + ":" + e.get("field").asString()));
        return errors;
    }

    @Test
    void importsTenThousandRowsKeepingTheValidOnesAndReimportingChangesNothing() {
        Caller rival = CatalogApi.manufacturer();
        String rivalSku = CatalogApi.sku("RIVAL");
        assertThat(api.post(rival, "/api/catalog/products", CatalogApi.bulb(rivalSku, 100)).status()).isEqualTo(201);
        String brand = "IMP" + (System.nanoTime() % 100_000);
        List<GeneratedProduct> products = new CatalogGenerator(7, brand, "EUR").generate(10_000);
        List<String> lines = new ArrayList<>();
        products.forEach(p -> lines.add(CatalogFiles.ndjsonLine(p)));
        breakLine(lines, 100, o -> o.put("cctKelvin", 20_000));
        lines.set(199, "{\"sku\": not json");
        breakLine(lines, 300, o -> o.put("watts", "nine"));
        breakLine(lines, 400, o -> o.put("category", "lamp"));
        breakLine(lines, 500, o -> o.put("sku", rivalSku));
        breakLine(lines, 600, o -> o.put("status", "ARCHIVED"));
        breakLine(lines, 700, o -> o.put("ipRating", "IP99"));
        breakLine(lines, 800, o -> o.remove("lumens"));
        breakLine(lines, 900, o -> ((ObjectNode) o.get("listPrice")).put("currency", "EURO"));
        breakLine(lines, 1000, o -> o.put("cri", 150).put("beamAngle", 0));
        if (products.get(799).input().lumens() == null) {
            throw new IllegalStateException("row 800 must be a light, pick another seed");
        }
        String file = String.join("\n", lines) + "\n";

        HttpProbe.Response submitted = api.postRaw(owner, "/api/catalog/imports", "application/x-ndjson", file);

        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.json().get("status").asString()).isEqualTo("QUEUED");
        String location = submitted.header("Location");
        assertThat(location).isEqualTo("/api/catalog/imports/" + submitted.json().get("id").asString());
        JsonNode job = completed(location);
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("rowsTotal").asLong()).isEqualTo(10_000);
        assertThat(job.get("rowsDone").asLong()).isEqualTo(10_000);
        assertThat(job.get("rowsFailed").asLong()).isEqualTo(10);
        assertThat(job.get("created").asLong()).isEqualTo(9_990);
        assertThat(errors(job)).containsExactly("100:cctKelvin", "200:line", "300:watts", "400:category", "500:sku",
            "600:status", "700:ipRating", "800:lumens", "900:listPrice.currency", "1000:cri", "1000:beamAngle");
        assertThat(job.get("errors").get(4).get("message").asString()).isEqualTo("belongs to another manufacturer");
        assertThat(job.get("startedAt").isNull()).isFalse();
        assertThat(job.get("finishedAt").isNull()).isFalse();

        GeneratedProduct sample = products.get(4321);
        JsonNode found = api.get(owner, "/api/catalog/search?q=" + sample.input().sku()).json();
        assertThat(found.get("items").get(0).get("sku").asString()).isEqualTo(sample.input().sku());
        assertThat(found.get("items").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get(owner, "/api/catalog/search?size=1").json().get("total").asLong()).isEqualTo(9_990);
        assertThat(api.get(rival, "/api/catalog/products/" + rivalSku).json().get("version").asLong()).isEqualTo(1);

        Map<String, Long> versions = versions();
        Set<String> pendingBefore = pendingOutboxEntries();
        JsonNode again = completed(api.postRaw(owner, "/api/catalog/imports", "application/x-ndjson", file).header("Location"));

        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(9_990);
        assertThat(again.get("rowsFailed").asLong()).isEqualTo(10);
        assertThat(versions()).isEqualTo(versions).hasSize(9_990).containsValue(2L).doesNotContainValue(3L);
        assertThat(pendingBefore).containsAll(pendingOutboxEntries());
    }

    private static void breakLine(List<String> lines, int row, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) CatalogApi.JSON.readTree(lines.get(row - 1));
        change.accept(node);
        lines.set(row - 1, CatalogApi.JSON.writeValueAsString(node));
    }

    private Map<String, Long> versions() {
        Map<String, Long> versions = new HashMap<>();
        database.getCollection("products").find(Filters.eq("tenantId", owner.tenantId()))
            .forEach(d -> versions.put(d.getString("_id"), ((Number) d.get("version")).longValue()));
        return versions;
    }

    private Set<String> pendingOutboxEntries() {
        Set<String> ids = new HashSet<>();
        database.getCollection("products").find(Filters.eq("tenantId", owner.tenantId()))
            .forEach(d -> d.getList("outbox", Document.class, List.of()).forEach(e -> ids.add(e.getString("id"))));
        return ids;
    }

    /** Each new product was drafted and published by its row: one event, ProductPublished, and none from importing the file again. */
    @Test
    void importsCsvEmittingEventsOnlyForWhatChangedAndKeepsJobsToTheirOwner() throws Exception {
        String brand = "CSV" + (System.nanoTime() % 100_000);
        List<GeneratedProduct> products = new CatalogGenerator(11, brand, "EUR").generate(20);
        StringWriter csv = new StringWriter();
        CatalogFiles.writeCsv(products, csv);
        String file = csv.toString().replaceFirst("\n" + brand + "-(\\S+?),", "\n" + brand.toLowerCase() + "-$1,");

        HttpProbe.Response submitted = api.postRaw(owner, "/api/catalog/imports", "text/csv; charset=utf-8", file);
        JsonNode job = completed(submitted.header("Location"));

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("format").asString()).isEqualTo("text/csv");
        assertThat(job.get("rowsTotal").asLong()).isEqualTo(20);
        assertThat(job.get("created").asLong()).isEqualTo(19);
        assertThat(errors(job)).containsExactly("1:sku");
        assertThat(api.get(owner, "/api/catalog/products/" + products.get(1).input().sku()).json().get("status").asString())
            .isEqualTo("ACTIVE");
        List<ConsumerRecord<String, byte[]>> events = Topics.read("catalog.product.v1",
            r -> r.key() != null && r.key().startsWith(brand + "-"), 19);
        assertThat(events).hasSize(19);
        assertThat(events).extracting(Topics::type).containsOnly("lumenbridge.catalog.ProductPublished.v1");

        JsonNode again = completed(api.postRaw(owner, "/api/catalog/imports", "text/csv", file).header("Location"));
        assertThat(again.get("unchanged").asLong()).isEqualTo(19);
        assertThat(Topics.read("catalog.product.v1", r -> r.key() != null && r.key().startsWith(brand + "-"), 19)).hasSize(19);
        HttpProbe.Response foreign = api.get(CatalogApi.manufacturer(), submitted.header("Location"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(api.postRaw(owner, "/api/catalog/imports", "application/json", "{}").status()).isEqualTo(415);
        assertThat(api.postRaw(owner, "/api/catalog/imports", "text/csv", "name,watts\nx,1\n").status()).isEqualTo(202);
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceIsMarkedFailed() {
        String id = UUID.randomUUID().toString();
        database.getCollection("imports").insertOne(new Document("_id", id).append("tenantId", owner.tenantId())
            .append("format", "NDJSON").append("status", "RUNNING").append("rowsTotal", 500L).append("rowsDone", 200L)
            .append("instanceId", "gone").append("heartbeatAt", Date.from(Instant.now().minus(Duration.ofHours(1))))
            .append("createdAt", Date.from(Instant.now().minus(Duration.ofHours(1)))));

        imports.tend();

        JsonNode job = api.get(owner, "/api/catalog/imports/" + id).json();
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString()).startsWith("Interrupted: the instance running this import stopped");
        assertThat(job.get("rowsDone").asLong()).isEqualTo(200);
    }
}
