package com.lumenbridge.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Every document of every LumenBridge database, reduced to a hash per document, so two snapshots
 * taken around a scenario say exactly which documents it added, removed or changed. Keyed by
 * {@code _id}, the comparison does not depend on the order the server returns documents in.
 *
 * <p>Some collections change while the stack is idle, for reasons no request caused; they are
 * left out (see {@link #IDLE_WRITERS}) rather than reported as changes.
 */
final class DatabaseSnapshot {

    /** The services' databases all start with this. */
    static final String PREFIX = "lumenbridge";

    /**
     * Collections written by background work on its own schedule, not by requests:
     * <ul>
     *   <li>order-service's {@code webhook_deliveries}: the delivery worker leases and retries
     *       deliveries to partners' URLs with a backoff of 30 s to 1 h, so attempts land at any time.
     *   <li>catalog-service's {@code imports}: a running job's {@code heartbeatAt} moves every 10 s
     *       (only that field is ignored; a new or finished job is still seen).
     *   <li>store-service's {@code reservations_watch}: recovery's notes of reservations it may have to
     *       finish; its 10 s job forgets a note once the reservation has been settled for longer than
     *       the staleness it waits for, so notes of a scenario's own orders go whenever that job runs.
     *       The reservations themselves are still compared.
     * </ul>
     * Everything else written in the background (outbox relays, consumers' processed events,
     * reservation expiry, the CRM's RFM and segment recount jobs, appointment place repair) only
     * follows earlier writes or runs hours apart; the settle wait before the first snapshot lets it
     * finish, so it is not excluded.
     */
    static final Map<String, Set<String>> IDLE_WRITERS = Map.of(
        "lumenbridge_order.webhook_deliveries", Set.of("*"),
        "lumenbridge_catalog.imports", Set.of("heartbeatAt"),
        "lumenbridge_store.reservations_watch", Set.of("*"));

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    /** What changed in one collection between two snapshots, as {@code _id}s. */
    record Change(String collection, long countBefore, long countAfter, Set<String> added, Set<String> removed,
            Set<String> changed) {

        String describe() {
            return String.format("%s: %d → %d documents, %d added, %d removed, %d changed %s", collection, countBefore, countAfter,
                added.size(), removed.size(), changed.size(), sample());
        }

        private String sample() {
            List<String> ids = new ArrayList<>(added);
            ids.addAll(removed);
            ids.addAll(changed);
            return ids.size() <= 5 ? ids.toString() : ids.subList(0, 5) + "…";
        }
    }

    /** collection → document id (canonical JSON) → hash of the document. */
    private final SortedMap<String, SortedMap<String, String>> collections;

    private DatabaseSnapshot(SortedMap<String, SortedMap<String, String>> collections) {
        this.collections = collections;
    }

    static DatabaseSnapshot take(MongoClient client) {
        SortedMap<String, SortedMap<String, String>> collections = new TreeMap<>();
        for (String name : client.listDatabaseNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            MongoDatabase database = client.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                String key = name + "." + collection;
                Set<String> ignored = IDLE_WRITERS.getOrDefault(key, Set.of());
                if (ignored.contains("*")) {
                    continue;
                }
                SortedMap<String, String> documents = new TreeMap<>();
                for (Document document : database.getCollection(collection).find()) {
                    ignored.forEach(document::remove);
                    documents.put(idOf(document), hash(document.toJson(CANONICAL)));
                }
                collections.put(key, documents);
            }
        }
        return new DatabaseSnapshot(collections);
    }

    /**
     * A snapshot once the stack has settled: two taken {@code pause} apart are equal (consumers and
     * relays have caught up), or the last one when {@code limit} passes first.
     */
    static DatabaseSnapshot settled(MongoClient client, Duration pause, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        DatabaseSnapshot last = take(client);
        while (System.nanoTime() < end) {
            Thread.sleep(pause.toMillis());
            DatabaseSnapshot next = take(client);
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /** A snapshot of documents already read, by {@code database.collection}. */
    static DatabaseSnapshot of(Map<String, List<Document>> documentsByCollection) {
        SortedMap<String, SortedMap<String, String>> collections = new TreeMap<>();
        documentsByCollection.forEach((collection, documents) -> {
            SortedMap<String, String> hashes = new TreeMap<>();
            documents.forEach(d -> hashes.put(idOf(d), hash(d.toJson(CANONICAL))));
            collections.put(collection, hashes);
        });
        return new DatabaseSnapshot(collections);
    }

    /** An order-independent digest of one collection: SHA-256 over its sorted document hashes. */
    String digest(String collection) {
        return hash(String.join("\n", collections.getOrDefault(collection, new TreeMap<>()).values().stream().sorted().toList()));
    }

    /** The collections that differ in {@code later}, each with the documents that do. */
    List<Change> changesTo(DatabaseSnapshot later) {
        Set<String> names = new TreeSet<>(collections.keySet());
        names.addAll(later.collections.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            SortedMap<String, String> before = collections.getOrDefault(name, new TreeMap<>());
            SortedMap<String, String> after = later.collections.getOrDefault(name, new TreeMap<>());
            if (before.equals(after)) {
                continue;
            }
            Set<String> added = new TreeSet<>(after.keySet());
            added.removeAll(before.keySet());
            Set<String> removed = new TreeSet<>(before.keySet());
            removed.removeAll(after.keySet());
            Set<String> changed = new TreeSet<>();
            before.forEach((id, hash) -> {
                if (after.containsKey(id) && !after.get(id).equals(hash)) {
                    changed.add(id);
                }
            });
            changes.add(new Change(name, before.size(), after.size(), added, removed, changed));
        }
        return changes;
    }

    /** Equal when both hold the same collections with the same digests. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseSnapshot snapshot && digests().equals(snapshot.digests());
    }

    @Override
    public int hashCode() {
        return digests().hashCode();
    }

    private Map<String, String> digests() {
        Map<String, String> digests = new TreeMap<>();
        collections.keySet().forEach(name -> digests.put(name, digest(name)));
        return digests;
    }

    private static String idOf(Document document) {
        Object id = document.get("_id");
        return id instanceof String text ? text : new Document("_id", id).toJson(CANONICAL);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
