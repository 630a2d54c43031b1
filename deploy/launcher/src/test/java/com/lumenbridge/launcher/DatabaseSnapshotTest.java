package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSnapshotTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> inventory;

    @BeforeEach
    void start() {
        server = new MongoServer(new IdFirstH2Backend(dir.resolve("s.mv.db").toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        inventory = client.getDatabase("lumenbridge_store").getCollection("inventory");
        inventory.insertMany(List.of(level("S1:A", 10), level("S1:B", 5)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theDigestDoesNotDependOnTheOrderOfDocuments() {
        DatabaseSnapshot one = DatabaseSnapshot.of(Map.of("db.c", List.of(level("a", 1), level("b", 2))));
        DatabaseSnapshot other = DatabaseSnapshot.of(Map.of("db.c", List.of(level("b", 2), level("a", 1))));
        assertThat(one.digest("db.c")).isEqualTo(other.digest("db.c"));
        assertThat(one).isEqualTo(other);
        assertThat(one.changesTo(other)).isEmpty();
        assertThat(DatabaseSnapshot.of(Map.of("db.c", List.of(level("a", 1), level("b", 3)))).digest("db.c"))
            .isNotEqualTo(one.digest("db.c"));
    }

    @Test
    void aChangedFieldIsReportedWithItsDocument() {
        DatabaseSnapshot before = DatabaseSnapshot.take(client);
        inventory.updateOne(Filters.eq("_id", "S1:B"), Updates.set("onHand", 4));
        List<DatabaseSnapshot.Change> changes = before.changesTo(DatabaseSnapshot.take(client));
        assertThat(changes).containsExactly(new DatabaseSnapshot.Change("lumenbridge_store.inventory", 2, 2, Set.of(),
            Set.of(), Set.of("S1:B")));
    }

    @Test
    void addedAndRemovedDocumentsAndCountsAreSeen() {
        DatabaseSnapshot before = DatabaseSnapshot.take(client);
        inventory.deleteOne(Filters.eq("_id", "S1:A"));
        client.getDatabase("lumenbridge_store").getCollection("visits").insertOne(new Document("_id", "v1"));
        DatabaseSnapshot after = DatabaseSnapshot.take(client);
        assertThat(before.changesTo(after)).containsExactly(
            new DatabaseSnapshot.Change("lumenbridge_store.inventory", 2, 1, Set.of(), Set.of("S1:A"), Set.of()),
            new DatabaseSnapshot.Change("lumenbridge_store.visits", 0, 1, Set.of("v1"), Set.of(), Set.of()));
    }

    @Test
    void otherDatabasesAndIdleWritersAreLeftOut() {
        client.getDatabase("lumenbridge_catalog").getCollection("imports")
            .insertOne(new Document("_id", "job-1").append("status", "RUNNING").append("heartbeatAt", 1));
        DatabaseSnapshot before = DatabaseSnapshot.take(client);
        client.getDatabase("unrelated").getCollection("things").insertOne(new Document("_id", 1));
        client.getDatabase("lumenbridge_order").getCollection("webhook_deliveries").insertOne(new Document("_id", "d1"));
        client.getDatabase("lumenbridge_catalog").getCollection("imports").updateOne(Filters.eq("_id", "job-1"),
            Updates.set("heartbeatAt", 2));
        assertThat(before.changesTo(DatabaseSnapshot.take(client))).isEmpty();

        client.getDatabase("lumenbridge_catalog").getCollection("imports").updateOne(Filters.eq("_id", "job-1"),
            Updates.set("status", "FAILED"));
        assertThat(before.changesTo(DatabaseSnapshot.take(client))).extracting(DatabaseSnapshot.Change::collection)
            .containsExactly("lumenbridge_catalog.imports");
    }

    @Test
    void settlesOnTwoEqualSnapshots() throws InterruptedException {
        DatabaseSnapshot settled = DatabaseSnapshot.settled(client, Duration.ofMillis(10), Duration.ofSeconds(5));
        assertThat(settled).isEqualTo(DatabaseSnapshot.take(client));
    }

    @Test
    void idsThatAreNoStringsAreKeptApart() {
        DatabaseSnapshot before = DatabaseSnapshot.take(client);
        MongoCollection<Document> events = client.getDatabase("lumenbridge_order").getCollection("processed_events");
        events.insertMany(List.of(new Document("_id", 1), new Document("_id", "1")));
        assertThat(before.changesTo(DatabaseSnapshot.take(client))).singleElement()
            .satisfies(change -> assertThat(change.added()).containsExactly("1", "{\"_id\": {\"$numberInt\": \"1\"}}"));
    }

    private static Document level(String id, int onHand) {
        return new Document("_id", id).append("onHand", onHand).append("reserved", 0);
    }
}
