package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guarded single-document writes the services make answer exactly as before, now from the _id index. */
class IdFirstH2BackendTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> stock;

    @BeforeEach
    void start() {
        server = new MongoServer(new IdFirstH2Backend(dir.resolve("t.mv.db").toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        stock = client.getDatabase("t").getCollection("stock");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            docs.add(new Document("_id", "S1:SKU-" + i).append("onHand", 10).append("reserved", 0).append("version", 1L)
                .append("tenantId", i % 2 == 0 ? "a" : "b"));
        }
        stock.insertMany(docs);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aGuardedUpdateChangesTheDocumentOnlyWhileItsGuardHolds() {
        assertThat(stock.updateOne(Filters.and(Filters.eq("_id", "S1:SKU-7"), Filters.eq("version", 1L)),
            Updates.combine(Updates.inc("reserved", 4), Updates.inc("version", 1L))).getModifiedCount()).isOne();
        assertThat(stock.updateOne(Filters.and(Filters.eq("_id", "S1:SKU-7"), Filters.eq("version", 1L)),
            Updates.inc("reserved", 4)).getMatchedCount()).as("the version moved on").isZero();

        Document taken = stock.findOneAndUpdate(
            Filters.and(Filters.eq("_id", "S1:SKU-7"), Filters.expr(new Document("$gte",
                List.of(new Document("$subtract", List.of("$onHand", "$reserved")), 6)))),
            Updates.inc("reserved", 6), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        assertThat(taken.getInteger("reserved")).isEqualTo(10);
        assertThat(stock.findOneAndUpdate(Filters.and(Filters.eq("_id", "S1:SKU-7"), Filters.lt("reserved", 10)),
            Updates.inc("reserved", 1))).as("nothing left to take").isNull();
        assertThat(stock.find(Filters.eq("_id", "S1:SKU-8")).first().getInteger("reserved")).as("its neighbour").isZero();
    }

    @Test
    void filtersItCannotAnswerByIdStillWork() {
        assertThat(stock.find(Filters.and(Filters.eq("_id", "S1:SKU-3"), Filters.eq("tenantId", "a"))).first())
            .as("another tenant's id").isNull();
        assertThat(stock.find(Filters.and(Filters.eq("_id", "S1:SKU-4"), Filters.eq("tenantId", "a")))
            .projection(Projections.include("onHand")).first().keySet()).containsExactlyInAnyOrder("_id", "onHand");
        assertThat(stock.countDocuments(Filters.and(Filters.in("_id", "S1:SKU-1", "S1:SKU-2", "S1:SKU-3"),
            Filters.eq("tenantId", "b")))).isEqualTo(2);
        assertThat(stock.countDocuments(Filters.eq("tenantId", "a"))).isEqualTo(250);
        assertThat(stock.deleteOne(Filters.and(Filters.eq("_id", "S1:SKU-5"), Filters.eq("tenantId", "b"))).getDeletedCount())
            .isOne();
        assertThat(stock.countDocuments()).isEqualTo(499);
    }

    @Test
    void findsTheIdsAQueryCanMatch() {
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("_id", "x").append("version", 1))).containsExactly("x");
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("$and", List.of(doc("_id", "x"), doc("version", 1)))))
            .as("Filters.and as the driver sends it").containsExactly("x");
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("_id", "x"))).as("the index answers it already").isNull();
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("_id", doc("$in", List.of("x", "y", "x"))).append("v", 1)))
            .containsExactly("x", "y");
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("$and", List.of(doc("_id", doc("$in", List.of("x"))),
            doc("v", 1))))).containsExactly("x");
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("_id", doc("$gt", "x")).append("v", 1))).isNull();
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("_id", doc("$in", List.of(doc("$gt", "x")))).append("v", 1)))
            .as("an operator inside $in").isNull();
        assertThat(IdFirstH2Backend.IdFirstCollection.idsOf(doc("$or", List.of(doc("_id", "x"), doc("v", 1))))).isNull();
    }

    /** store-service's recovery: its noted ids in an $in beside state conditions, some with a projection or a sort. */
    @Test
    void anInOverIdsBesideOtherFieldsIsMatchedSortedPagedAndProjectedAsBefore() {
        Document notedAndA = new Document("_id", new Document("$in", List.of("S1:SKU-1", "S1:SKU-2", "S1:SKU-4", "S1:SKU-9",
            "S1:SKU-NONE"))).append("tenantId", "a");
        assertThat(ids(stock.find(notedAndA))).containsExactlyInAnyOrder("S1:SKU-2", "S1:SKU-4");
        assertThat(ids(stock.find(notedAndA).sort(new Document("_id", -1)).limit(1))).containsExactly("S1:SKU-4");
        assertThat(ids(stock.find(notedAndA).sort(new Document("_id", 1)).skip(1))).containsExactly("S1:SKU-4");
        assertThat(stock.find(notedAndA).projection(Projections.include("onHand")).first().keySet())
            .containsExactlyInAnyOrder("_id", "onHand");
        assertThat(stock.countDocuments(new Document("_id", new Document("$in", List.of())))).isZero();
        assertThat(ids(stock.find(new Document("_id", new Document("$in", List.of("S1:SKU-3", "S1:SKU-5"))))))
            .containsExactlyInAnyOrder("S1:SKU-3", "S1:SKU-5");
        assertThat(stock.updateMany(notedAndA, Updates.inc("reserved", 1)).getModifiedCount()).isEqualTo(2);
        assertThat(stock.countDocuments(Filters.gt("reserved", 0))).isEqualTo(2);
    }

    private static List<String> ids(Iterable<Document> found) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    /**
     * After a restart the collections on disk are opened while the database is being constructed:
     * they must get the server's cursor registry then too, or any read longer than one batch (the
     * catalog's index rebuild at start-up) fails with "cursorRegistry is null".
     */
    @Test
    void aReadLongerThanOneBatchWorksAfterARestart() {
        client.close();
        server.shutdownNow();
        server = new MongoServer(new IdFirstH2Backend(dir.resolve("t.mv.db").toString()));
        client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());

        List<Document> all = client.getDatabase("t").getCollection("stock").find().batchSize(100).into(new ArrayList<>());

        assertThat(all).hasSize(500);
    }
}
