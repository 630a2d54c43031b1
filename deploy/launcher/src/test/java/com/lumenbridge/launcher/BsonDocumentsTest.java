package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are stored as BSON, and the Java serializations an earlier stack wrote still read. */
class BsonDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentOfEveryKindTheServicesStoreReadsBackEqualAndLeavesTheBufferAtTheNextValue() {
        BsonDocuments type = new BsonDocuments();
        WriteBuffer out = new WriteBuffer();
        type.write(out, document(1));
        type.write(out, "not a document");
        type.write(out, document(2));
        type.write(out, 42L);
        ByteBuffer in = out.getBuffer().flip();

        assertThat(in.get(0)).as("stored as BSON behind the tag").isEqualTo(BsonDocuments.TAG);
        assertThat(type.read(in)).isEqualTo(document(1));
        assertThat(type.read(in)).isEqualTo("not a document");
        assertThat(type.read(in)).isEqualTo(document(2));
        assertThat(type.read(in)).isEqualTo(42L);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aJavaSerializationWrittenByH2sOwnTypeReadsAsBefore() {
        WriteBuffer out = new WriteBuffer();
        new ObjectDataType().write(out, document(3));
        ByteBuffer in = out.getBuffer().flip();

        assertThat(in.get(0)).isNotEqualTo(BsonDocuments.TAG);
        assertThat(new BsonDocuments().read(in)).isEqualTo(document(3));
    }

    @Test
    void theServerWritesBsonAndStillReadsADataFileOfThePlainBackend() {
        String file = dir.resolve("b.mv.db").toString();
        withServer(new H2Backend(file), c -> c.insertMany(List.of(
            new org.bson.Document("_id", "old").append("n", 1), new org.bson.Document("_id", "changed").append("n", 1))));
        withServer(new IdFirstH2Backend(file), c -> {
            c.updateOne(Filters.eq("_id", "changed"), Updates.inc("n", 1));
            c.insertOne(new org.bson.Document("_id", "new").append("n", 3).append("at", java.util.Date.from(Instant.EPOCH)));
        });
        withServer(new IdFirstH2Backend(file), c -> {
            assertThat(c.find(Filters.eq("_id", "old")).first()).containsEntry("n", 1);
            assertThat(c.find(Filters.eq("_id", "changed")).first()).containsEntry("n", 2);
            assertThat(c.find(Filters.eq("_id", "new")).first()).containsEntry("n", 3)
                .containsEntry("at", java.util.Date.from(Instant.EPOCH));
            assertThat(c.countDocuments()).isEqualTo(3);
        });

        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            MVMap<Object, Object> plain = store.openMap("databases.b.things");
            assertThat(plain.get("old")).as("never rewritten, still a Java serialization")
                .isEqualTo(new Document("_id", "old").append("n", 1));
            assertThatThrownBy(() -> plain.get("new")).as("BSON, which H2's own type cannot read");
        }
        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            MVMap<Object, Document> bson = store.openMap("databases.b.things",
                new MVMap.Builder<Object, Document>().valueType(new BsonDocuments()));
            assertThat(bson.get("new")).isEqualTo(new Document("_id", "new").append("n", 3).append("at", Instant.EPOCH));
            assertThat(bson.get("changed")).isEqualTo(new Document("_id", "changed").append("n", 2));
        }
    }

    /** Every kind of value the services write: what the Java driver sends is what the server keeps. */
    private static Document document(int n) {
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(new Document("sku", "SKU-" + i).append("quantity", i + n).append("price", new Decimal128(new BigDecimal("12.34"))));
        }
        return new Document("_id", "order-" + n)
            .append("objectId", new ObjectId("65f0c0ffee00000000000" + (100 + n)))
            .append("int", n).append("long", 1L << 40).append("double", 0.25).append("bool", true).append("null", null)
            .append("at", Instant.ofEpochMilli(1_764_000_000_000L + n))
            .append("nested", new Document("holds", new Document("order-a", 1).append("order-b", 2)))
            .append("lines", lines)
            .append("tags", List.of("a", "b"));
    }

    private static void withServer(MongoBackend backend, Consumer<com.mongodb.client.MongoCollection<org.bson.Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            work.accept(client.getDatabase("b").getCollection("things"));
        } finally {
            server.shutdownNow();
        }
    }
}
