package com.lumenbridge.crm.profile.persistence;

import com.lumenbridge.crm.profile.application.Links;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * {@link Links} in {@code activity_links}: one document per order or appointment, a field per
 * manufacturer under {@code profiles} (tenant ids are gateway-issued ids, never holding a dot), so
 * linking is one upsert.
 */
public class MongoLinks implements Links {

    private final MongoCollection<Document> collection;

    public MongoLinks(MongoDatabase database) {
        this.collection = database.getCollection("activity_links");
    }

    @Override
    public void link(String activityKey, String tenantId, String profileId) {
        collection.updateOne(Filters.eq("_id", activityKey), Updates.set("profiles." + tenantId, profileId),
            new UpdateOptions().upsert(true));
    }

    @Override
    public void linkAll(List<Link> links) {
        if (!links.isEmpty()) {
            collection.bulkWrite(links.stream().map(l -> (WriteModel<Document>) new UpdateOneModel<Document>(
                Filters.eq("_id", l.activityKey()), Updates.set("profiles." + l.tenantId(), l.profileId()),
                new UpdateOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public Map<String, String> find(String activityKey) {
        Document doc = collection.find(Filters.eq("_id", activityKey)).first();
        Map<String, String> links = new LinkedHashMap<>();
        if (doc != null && doc.get("profiles") instanceof Document profiles) {
            profiles.forEach((tenant, profile) -> links.put(tenant, (String) profile));
        }
        return links;
    }
}
