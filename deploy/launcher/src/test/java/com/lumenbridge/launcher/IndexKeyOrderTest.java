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
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unique indexes order their keys by value, in a total order that calls two keys equal exactly
 * when mongo-java-server's plain H2 backend did; a data file it wrote (in its order) is rebuilt once
 * and then reads the same with ours.
 */
class IndexKeyOrderTest {

    @TempDir
    Path dir;

    /**
     * A B-tree needs a total order, and the index must hold the keys it held before: two keys are the
     * same key exactly when H2's own type (their serializations) says so.
     */
    @Test
    void ordersKeysTotallyAndCallsThemEqualExactlyWhenTheirSerializationsAre() {
        IndexKeyOrder order = new IndexKeyOrder();
        Random random = new Random(7);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            keys.add(new KeyValue(randomValue(random), randomValue(random)));
            if (i % 5 == 0) {
                keys.add(new KeyValue(randomValue(random)));
            }
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(order.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(order.compare(b, a)));
                boolean sameBytes = Arrays.equals(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(sameBytes);
                assertThat(order.compare(new KeyValue(a.stream().toList()), a)).isZero();
            }
        }
        List<KeyValue> sorted = new ArrayList<>(keys);
        sorted.sort(order::compare);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                assertThat(order.compare(sorted.get(i), sorted.get(j))).as("transitive at %d, %d", i, j).isLessThanOrEqualTo(0);
            }
        }
    }

    /** Values of every kind an index key holds, a few of each so that equal ones come up. */
    private static Object randomValue(Random random) {
        int n = random.nextInt(4);
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> n % 2 == 0;
            case 2 -> (double) n;
            case 3 -> n == 0 ? -0.0 : n == 1 ? Double.NaN : n * 1e300;
            case 4 -> (long) n << 60;
            case 5 -> n;
            case 6 -> "s-" + n;
            case 7 -> n == 0 ? "" : "é" + n;
            case 8 -> UUID.nameUUIDFromBytes(new byte[] {(byte) n});
            case 9 -> new ObjectId(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) (n * 100), (byte) n});
            case 10 -> Instant.ofEpochSecond(n * 1_000_000L, n);
            default -> new de.bwaldvogel.mongo.bson.Document("k", n);
        };
    }

    /**
     * A key of plain values is written in the compact form, not as a Java serialization, and reads back
     * as the same key, down to its values' classes and bits; a key written before, serialized, reads
     * as before.
     */
    @Test
    void writesKeysCompactlyAndReadsBackTheSameKeysAndTheKeysWrittenBefore() {
        IndexKeyOrder type = new IndexKeyOrder();
        ObjectDataType before = new ObjectDataType();
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            KeyValue key = i % 3 == 0 ? new KeyValue(randomValue(random))
                : new KeyValue(randomValue(random), randomValue(random), new Date(random.nextLong()));
            boolean compact = key.stream().noneMatch(value -> value instanceof de.bwaldvogel.mongo.bson.Document);
            for (ObjectDataType writer : List.of(type, before)) {
                WriteBuffer buff = new WriteBuffer();
                writer.write(buff, key);
                ByteBuffer written = buff.getBuffer().flip();
                assertThat(written.get(0) == IndexKeyOrder.KEY_TAG).as("%s", key).isEqualTo(writer == type && compact);
                Object read = type.read(written);
                assertThat(written.remaining()).isZero();
                assertThat(ObjectDataType.serialize(read)).as("%s", key).isEqualTo(ObjectDataType.serialize(key));
            }
        }
    }

    @Test
    void rebuildsTheIndexesOfAnOldFileOnceAndFinishesAnInterruptedRebuild() {
        String file = dir.resolve("r.mv.db").toString();
        withServer(new H2Backend(file), c -> {
            c.createIndex(Indexes.ascending("tenantId", "key"), new IndexOptions().unique(true));
            c.insertMany(documents(0, 300));
        });
        MVStore store = MVStore.open(file);
        try {
            List<String> indexes = store.getMapNames().stream().filter(name -> name.contains(IndexKeyOrder.INDEX_MAP_MARK)).toList();
            assertThat(indexes).hasSize(2);  // _id and (tenantId, key)
            // as a start that died while copying the first index and after copying the second would leave it
            String partly = indexes.get(0);
            store.openMap(partly + ".rebuilt").put(new KeyValue("half"), 1L);
            MVMap<Object, Object> whole = store.openMap(indexes.get(1));
            MVMap<Object, Object> copied = store.openMap(indexes.get(1) + ".rebuilt", new MVMap.Builder<>().keyType(new IndexKeyOrder()));
            copied.putAll(whole);
            store.removeMap(whole);
            store.commit();

            assertThat(IndexKeyOrder.rebuildOldIndexes(store)).isEqualTo(2);
            assertThat(store.getMapNames()).noneMatch(name -> name.endsWith(".rebuilt")).containsAll(indexes);
            assertThat(store.<Object, Object>openMap(partly).size()).isEqualTo(300);
            assertThat(IndexKeyOrder.rebuildOldIndexes(store)).isZero();
        } finally {
            store.close();
        }
        withServer(new IdFirstH2Backend(file), c -> assertEveryDocumentIsFoundAndEveryKeyTaken(c, 0, 300));
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
