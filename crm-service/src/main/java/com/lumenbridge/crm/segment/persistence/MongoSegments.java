package com.lumenbridge.crm.segment.persistence;

import com.lumenbridge.crm.common.Page;
import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.segment.application.Segment;
import com.lumenbridge.crm.segment.application.Segments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** {@link Segments} in the {@code segments} collection; {@code size} is moved with {@code $inc}. */
public class MongoSegments implements Segments {

    private final MongoCollection<Document> collection;

    public MongoSegments(MongoDatabase database) {
        this.collection = database.getCollection("segments");
    }

    @Override
    public void insert(Segment s) {
        collection.insertOne(new Document("_id", s.id()).append("tenantId", s.tenantId()).append("name", s.name())
            .append("rule", s.ruleJson()).append("size", s.size()).append("status", s.status().name())
            .append("createdAt", Date.from(s.createdAt())));
    }

    @Override
    public Optional<Segment> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoSegments::segment);
    }

    @Override
    public List<Segment> forTenant(String tenantId) {
        List<Segment> found = new ArrayList<>();
        collection.find(Filters.eq("tenantId", tenantId)).forEach(d -> found.add(segment(d)));
        return found;
    }

    @Override
    public Page<Segment> list(String tenantId, PageRequest page) {
        List<Segment> items = new ArrayList<>();
        collection.find(Filters.eq("tenantId", tenantId)).sort(Sorts.ascending("createdAt", "_id"))
            .skip(page.offset()).limit(page.size()).forEach(d -> items.add(segment(d)));
        return new Page<>(items, collection.countDocuments(Filters.eq("tenantId", tenantId)), page.page(), page.size());
    }

    @Override
    public void add(String id, long delta) {
        collection.updateOne(Filters.eq("_id", id), Updates.inc("size", delta));
    }

    @Override
    public void ready(String id) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("status", Segment.Status.READY.name()));
    }

    @Override
    public void resize(String id, long size) {
        collection.updateOne(Filters.eq("_id", id), Updates.set("size", size));
    }

    @Override
    public List<Segment> all() {
        List<Segment> found = new ArrayList<>();
        collection.find().forEach(d -> found.add(segment(d)));
        return found;
    }

    private static Segment segment(Document d) {
        return new Segment(d.getString("_id"), d.getString("tenantId"), d.getString("name"), d.getString("rule"),
            d.get("size", Number.class).longValue(), Segment.Status.valueOf(d.getString("status")),
            d.getDate("createdAt").toInstant());
    }
}
