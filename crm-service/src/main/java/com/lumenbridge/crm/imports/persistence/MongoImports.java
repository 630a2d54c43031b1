package com.lumenbridge.crm.imports.persistence;

import com.lumenbridge.crm.imports.application.ImportJob;
import com.lumenbridge.crm.imports.application.Imports;
import com.lumenbridge.crm.imports.domain.ImportLimits;
import com.lumenbridge.crm.imports.domain.ImportStatus;
import com.lumenbridge.crm.imports.domain.RowError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** {@link Imports} in the {@code imports} collection: the owner is {@code instanceId}, its last sign of life {@code heartbeatAt}. */
public class MongoImports implements Imports {

    private static final List<String> UNFINISHED = List.of(ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name());
    /** No owner and a heartbeat older than any staleness limit: the next instance to look takes the job over. */
    private static final Bson RELEASED = Updates.combine(Updates.set("instanceId", null),
        Updates.set("heartbeatAt", new Date(0)));

    private final MongoCollection<Document> collection;

    public MongoImports(MongoDatabase database) {
        this.collection = database.getCollection("imports");
    }

    @Override
    public ImportJob queue(String id, String tenantId, Map<String, String> mapping, String instanceId, Instant now) {
        List<Document> columns = new ArrayList<>();
        mapping.forEach((field, column) -> columns.add(new Document("field", field).append("column", column)));
        Document doc = new Document("_id", id)
            .append("tenantId", tenantId)
            .append("mapping", columns)
            .append("status", ImportStatus.QUEUED.name())
            .append("rowsTotal", 0L).append("rowsDone", 0L).append("rowsFailed", 0L)
            .append("created", 0L).append("updated", 0L).append("unchanged", 0L)
            .append("errors", List.of()).append("errorsStored", 0).append("errorsOmitted", 0L)
            .append("instanceId", instanceId)
            .append("heartbeatAt", Date.from(now))
            .append("createdAt", Date.from(now));
        collection.insertOne(doc);
        return job(doc);
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoImports::job);
    }

    @Override
    public boolean start(String id, String instanceId, long rowsTotal, Instant now) {
        return collection.updateOne(owned(id, instanceId), Updates.combine(
            Updates.set("status", ImportStatus.RUNNING.name()), Updates.set("rowsTotal", rowsTotal),
            Updates.set("startedAt", Date.from(now)), Updates.set("heartbeatAt", Date.from(now)))).getMatchedCount() == 1;
    }

    @Override
    public boolean progress(String id, String instanceId, Progress batch, List<RowError> errors, Instant now) {
        Document stored = collection.find(Filters.eq("_id", id)).projection(Projections.include("errorsStored")).first();
        int already = stored == null ? 0 : stored.getInteger("errorsStored", 0);
        int keep = Math.max(0, Math.min(errors.size(), ImportLimits.MAX_STORED_ERRORS - already));
        List<Document> kept = errors.subList(0, keep).stream()
            .map(e -> new Document("row", e.row()).append("field", e.field()).append("message", e.message()))
            .toList();
        List<Bson> updates = new ArrayList<>(List.of(
            Updates.inc("rowsDone", batch.rowsDone()),
            Updates.inc("rowsFailed", batch.rowsFailed()),
            Updates.inc("created", batch.created()),
            Updates.inc("updated", batch.updated()),
            Updates.inc("unchanged", batch.unchanged()),
            Updates.inc("errorsStored", keep),
            Updates.inc("errorsOmitted", (long) (errors.size() - keep)),
            Updates.set("heartbeatAt", Date.from(now))));
        if (!kept.isEmpty()) {
            updates.add(Updates.pushEach("errors", kept));
        }
        return collection.updateOne(owned(id, instanceId), Updates.combine(updates)).getMatchedCount() == 1;
    }

    @Override
    public boolean complete(String id, String instanceId, Instant now) {
        return finish(id, instanceId, ImportStatus.COMPLETED, null, now);
    }

    @Override
    public boolean fail(String id, String instanceId, String failure, Instant now) {
        return finish(id, instanceId, ImportStatus.FAILED, failure, now);
    }

    private boolean finish(String id, String instanceId, ImportStatus status, String failure, Instant now) {
        return collection.updateOne(owned(id, instanceId),
            Updates.combine(Updates.set("status", status.name()), Updates.set("failure", failure),
                Updates.set("finishedAt", Date.from(now)))).getMatchedCount() == 1;
    }

    @Override
    public void heartbeat(String instanceId, Instant now) {
        collection.updateMany(Filters.and(Filters.eq("instanceId", instanceId), Filters.in("status", UNFINISHED)),
            Updates.set("heartbeatAt", Date.from(now)));
    }

    /**
     * One findOneAndUpdate whose filter includes the stale heartbeat: the first instance to run it
     * sets a fresh one, so the filter no longer matches for a second. A job queued before jobs had a
     * heartbeat counts as stale.
     */
    @Override
    public Optional<ImportJob> takeOver(Instant staleBefore, String instanceId, Instant now) {
        Bson stale = Filters.and(Filters.in("status", UNFINISHED),
            Filters.or(Filters.lt("heartbeatAt", Date.from(staleBefore)), Filters.exists("heartbeatAt", false)));
        return Optional.ofNullable(collection.findOneAndUpdate(stale,
            Updates.combine(Updates.set("instanceId", instanceId), Updates.set("heartbeatAt", Date.from(now))),
            new FindOneAndUpdateOptions().sort(Sorts.ascending("createdAt")).returnDocument(ReturnDocument.AFTER)))
            .map(MongoImports::job);
    }

    @Override
    public void release(String id, String instanceId) {
        collection.updateOne(owned(id, instanceId), RELEASED);
    }

    @Override
    public void releaseAll(String instanceId) {
        collection.updateMany(Filters.and(Filters.eq("instanceId", instanceId), Filters.in("status", UNFINISHED)), RELEASED);
    }

    /** An unfinished job still owned by {@code instanceId}. */
    private static Bson owned(String id, String instanceId) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("instanceId", instanceId), Filters.in("status", UNFINISHED));
    }

    private static ImportJob job(Document doc) {
        List<RowError> errors = doc.getList("errors", Document.class, List.of()).stream()
            .map(e -> new RowError(((Number) e.get("row")).longValue(), e.getString("field"), e.getString("message")))
            .toList();
        Map<String, String> mapping = new LinkedHashMap<>();
        doc.getList("mapping", Document.class, List.of()).forEach(m -> mapping.put(m.getString("field"), m.getString("column")));
        return new ImportJob(doc.getString("_id"), doc.getString("tenantId"), mapping,
            ImportStatus.valueOf(doc.getString("status")), number(doc, "rowsTotal"), number(doc, "rowsDone"),
            number(doc, "rowsFailed"), number(doc, "created"), number(doc, "updated"), number(doc, "unchanged"), errors,
            number(doc, "errorsOmitted"), doc.getString("failure"), doc.getString("instanceId"), instant(doc, "createdAt"),
            instant(doc, "startedAt"), instant(doc, "finishedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
