package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unique indexes order their keys exactly as mongo-java-server's plain H2 backend does: a data
 * file it wrote reads the same with ours.
 */
class IndexKeyOrderTest {

    @TempDir
    Path dir;

    @Test
    void comparesKeysAsH2sOwnTypeDoes() {
        ObjectDataType plain = new ObjectDataType();
        IndexKeyOrder cached = new IndexKeyOrder();
        Random random = new Random(7);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(switch (i % 4) {
                case 0 -> new KeyValue("tenant-" + random.nextInt(5), "SKU-" + random.nextInt(1000));
                case 1 -> new KeyValue(random.nextInt(100_000));
                case 2 -> new KeyValue(UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt(30)}).toString());
                default -> new KeyValue(random.nextDouble(), "x");
            });
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                // both sides from the cache after the first pass, and a fresh copy of the same key too
                assertThat(Integer.signum(cached.compare(a, b))).isEqualTo(Integer.signum(plain.compare(a, b)));
                assertThat(cached.compare(new KeyValue(a.stream().toList()), a)).isZero();
            }
        }
    }

    /** The way back, to the plain backend, is closed since documents are stored as BSON (see {@link BsonDocumentsTest}). */
    @Test
    void aFileWrittenByThePlainBackendReadsTheSame() {
        String file = dir.resolve("k.mv.db").toString();
        withServer(new H2Backend(file), c -> {
            c.createIndex(Indexes.ascending("tenantId", "key"), new IndexOptions().unique(true));
            c.insertMany(documents(0, 400));
        });
        withServer(new IdFirstH2Backend(file), c -> {
            assertEveryDocumentIsFoundAndEveryKeyTaken(c, 0, 400);
            c.insertMany(documents(400, 800));
            assertEveryDocumentIsFoundAndEveryKeyTaken(c, 0, 800);
        });
        withServer(new IdFirstH2Backend(file), c -> assertEveryDocumentIsFoundAndEveryKeyTaken(c, 0, 800));
    }

    private static void assertEveryDocumentIsFoundAndEveryKeyTaken(MongoCollection<Document> c, int from, int to) {
        for (int i = from; i < to; i++) {
            Document found = c.find(Filters.eq("_id", id(i))).first();
            assertThat(found).as("document %d by _id", i).isNotNull();
            assertThat(found.getString("key")).isEqualTo("key-" + i);
            assertThat(c.find(Filters.and(Filters.eq("tenantId", tenant(i)), Filters.eq("key", "key-" + i))).first())
                .as("document %d by its unique key", i).isNotNull();
        }
        for (int i = from; i < to; i += 37) {
            int n = i;
            assertThatThrownBy(() -> c.insertOne(new Document("_id", id(n)))).isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> c.insertOne(new Document("tenantId", tenant(n)).append("key", "key-" + n)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
        assertThat(c.countDocuments()).isEqualTo(to);
    }

    private static List<Document> documents(int from, int to) {
        List<Document> docs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            docs.add(new Document("_id", id(i)).append("tenantId", tenant(i)).append("key", "key-" + i));
        }
        return docs;
    }

    private static Object id(int i) {
        // ids of three kinds, as the services use: strings, numbers and UUID strings
        return switch (i % 3) {
            case 0 -> "doc-" + i;
            case 1 -> (long) i;
            default -> UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()).toString();
        };
    }

    private static String tenant(int i) {
        return "tenant-" + (i % 7);
    }

    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            work.accept(client.getDatabase("k").getCollection("things"));
        } finally {
            server.shutdownNow();
        }
    }
}
