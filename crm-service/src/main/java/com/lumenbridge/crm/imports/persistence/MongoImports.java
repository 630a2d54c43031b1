package com.lumenbridge.crm.imports.persistence;

import com.lumenbridge.crm.imports.application.ImportJob;
import com.lumenbridge.crm.imports.application.Imports;
import com.lumenbridge.crm.imports.domain.ImportLimits;
import com.lumenbridge.crm.imports.domain.ImportStatus;
import com.lumenbridge.crm.imports.domain.RowError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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

/** {@link Imports} in the {@code imports} collection. */
public class MongoImports implements Imports {

    private static final List<String> UNFINISHED = List.of(ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name());

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
            .append("createdAt", Date.from(now));
        collection.insertOne(doc);
        return job(doc);
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoImports::job);
    }

    @Override
    public void start(String id, long rowsTotal, Instant now) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", ImportStatus.RUNNING.name()),
            Updates.set("rowsTotal", rowsTotal), Updates.set("startedAt", Date.from(now))));
    }

    @Override
    public void progress(String id, Progress batch, List<RowError> errors) {
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
            Updates.inc("errorsOmitted", (long) (errors.size() - keep))));
        if (!kept.isEmpty()) {
            updates.add(Updates.pushEach("errors", kept));
        }
        collection.updateOne(Filters.eq("_id", id), Updates.combine(updates));
    }

    @Override
    public void complete(String id, Instant now) {
        finish(Filters.eq("_id", id), ImportStatus.COMPLETED, null, now);
    }

    @Override
    public void fail(String id, String failure, Instant now) {
        finish(Filters.eq("_id", id), ImportStatus.FAILED, failure, now);
    }

    @Override
    public void failUnfinished(String instanceId, String failure, Instant now) {
        finish(Filters.eq("instanceId", instanceId), ImportStatus.FAILED, failure, now);
    }

    private void finish(Bson which, ImportStatus status, String failure, Instant now) {
        collection.updateMany(Filters.and(which, Filters.in("status", UNFINISHED)),
            Updates.combine(Updates.set("status", status.name()), Updates.set("failure", failure),
                Updates.set("finishedAt", Date.from(now))));
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
            number(doc, "errorsOmitted"), doc.getString("failure"), instant(doc, "createdAt"), instant(doc, "startedAt"),
            instant(doc, "finishedAt"));
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
