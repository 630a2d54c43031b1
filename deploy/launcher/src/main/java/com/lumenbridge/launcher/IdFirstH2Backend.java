package com.lumenbridge.launcher;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, except that a query naming its {@code _id}s (one, or an
 * {@code $in} list) and more fields is answered from the {@code _id} index. The server picks an index only when a query's fields are
 * exactly the index's keys, so every guarded single-document write the services make — {@code _id}
 * plus a version, a state or a stock condition — was a scan of the whole collection (12 ms instead
 * of 1 ms per update at 20 000 documents), and the local stack measured its database rather than
 * the services. Real MongoDB uses the {@code _id} index for these; this makes the embedded one do
 * the same. Answers are unchanged: the documents with those ids are still matched against the
 * whole filter, sorted, paged and projected by the base class. An {@code $in} over ids beside other
 * fields (store-service's recovery reads its noted reservations that way) was a scan too.
 *
 * <p>Three more costs were found by profiling the server under the order benchmark. Unique indexes
 * compare their keys through {@link IndexKeyOrder} (the base compared two Java serializations per step
 * of every B-tree search); H2 keeps {@value #PAGE_CACHE_MB} MB of decoded pages instead of 16 (a sixth
 * of the server's CPU went to decoding pages evicted a moment before); and documents are stored as
 * BSON by {@link BsonDocuments} rather than as Java serializations, which took another sixth. Data
 * files written before read as they were.
 */
final class IdFirstH2Backend extends H2Backend {

    /**
     * MB of decoded B-tree pages kept in memory. With H2's default of 16, decoding pages evicted a
     * moment before was a sixth of the server's CPU under the order bench (the file is about 0.5 GB
     * after 12 000 orders).
     */
    static final int PAGE_CACHE_MB = 128;

    IdFirstH2Backend(String file) {
        super(withIndexesInKeyOrder(new MVStore.Builder().fileName(file).cacheSize(PAGE_CACHE_MB).open()));
    }

    private static MVStore withIndexesInKeyOrder(MVStore store) {
        int rebuilt = IndexKeyOrder.rebuildOldIndexes(store);
        if (rebuilt > 0) {
            LoggerFactory.getLogger(IdFirstH2Backend.class).info("Rebuilt {} unique indexes in the order of {}", rebuilt,
                IndexKeyOrder.class.getSimpleName());
        }
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class Database extends H2Database {

        /** How H2Database names a collection's map of documents (its {@code DATABASES_PREFIX}). */
        private static final String DATA_MAP_PREFIX = "databases.";

        Database(String name, org.h2.mvstore.MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the documents' map, opened with BsonDocuments as its value type before the base class opens it
            // by name (as openOrCreateUniqueIndex does for the index maps); the base class opens the rest
            store().openMap(DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName),
                new MVMap.Builder<Object, Document>().valueType(new BsonDocuments()));
            H2Collection plain = (H2Collection) super.openOrCreateCollection(collectionName, options);
            MVMap<Object, Document> documents = (MVMap<Object, Document>) field(plain, "dataMap");
            if (!(((Object) documents.getValueType()) instanceof BsonDocuments)) {
                throw new IllegalStateException("mongo-java-server no longer names a collection's map "
                    + DATA_MAP_PREFIX + "<namespace>; IdFirstH2Backend needs updating");
            }
            // the base class's registry, not a field of this one: the collections already on disk are
            // opened inside the super constructor, before a field of this class is assigned (a
            // restarted stack then failed every read longer than one batch)
            return new IdFirstCollection(this, collectionName, options, documents,
                (MVMap<String, Object>) field(plain, "metaMap"), cursorRegistry);
        }

        /**
         * Opens the index's map with {@link IndexKeyOrder} as its key type before the base class asks
         * for it by name; {@code MVStore.openMap(name)} then returns this map as it is already open.
         * Called from the super constructor too, for the indexes already on disk, so the store comes
         * from the base class's field.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            store().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        private MVStore store() {
            return (MVStore) field(H2Database.class, this, "mvStore");
        }

        private static Object field(H2Collection collection, String name) {
            return field(H2Collection.class, collection, name);
        }

        private static Object field(Class<?> type, Object owner, String name) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("mongo-java-server's " + type.getSimpleName() + " has no field " + name
                    + " any more; IdFirstH2Backend needs updating", e);
            }
        }
    }

    static final class IdFirstCollection extends H2Collection {

        IdFirstCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document projection) {
            List<Object> ids = idsOf(query);
            if (ids == null) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
            }
            List<Document> candidates = new ArrayList<>(ids.size());
            for (Object id : ids) {
                for (Document candidate : super.queryDocuments(new Document("_id", id), null, 0, 0, 0, null)) {
                    candidates.add(candidate);
                }
            }
            // the base class's own matching, sorting, paging and projection, over the candidates alone
            return matchDocumentsFromStream(candidates.stream(), query, orderBy, skip, limit, batchSize, projection);
        }

        /**
         * The only {@code _id}s a query can match, when the {@code _id} index can name them and the plain
         * index lookup does not apply already: a top-level {@code _id} equality or {@code $in} beside other
         * clauses (or an {@code $in} alone), or one inside a top-level {@code $and} (the driver sends
         * {@code Filters.and} that way). Top-level clauses are a conjunction, so no other document can
         * match. Null when the query may match more.
         */
        static List<Object> idsOf(Document query) {
            List<Object> top = ids(query.get("_id"));
            if (top != null && (query.size() > 1 || !isPlain(query.get("_id")))) {
                return top;
            }
            if (query.get("$and") instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Map<?, ?> map && map.size() == 1 && ids(map.get("_id")) != null) {
                        return ids(map.get("_id"));
                    }
                }
            }
            return null;
        }

        /** The ids an {@code _id} clause allows: one plain value, or the plain values of a lone {@code $in}. */
        private static List<Object> ids(Object clause) {
            if (isPlain(clause)) {
                return List.of(clause);
            }
            if (clause instanceof Map<?, ?> operators && operators.size() == 1
                    && operators.get("$in") instanceof Collection<?> values && values.stream().allMatch(IdFirstCollection::isPlain)) {
                return new ArrayList<>(new LinkedHashSet<>(values));
            }
            return null;
        }

        private static boolean isPlain(Object id) {
            return id != null && !(id instanceof Map) && !(id instanceof Collection);
        }
    }
}
