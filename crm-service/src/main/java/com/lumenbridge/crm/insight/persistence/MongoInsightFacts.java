package com.lumenbridge.crm.insight.persistence;

import com.lumenbridge.crm.insight.application.InsightFactsSource;
import com.lumenbridge.crm.insight.domain.InsightFacts;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.crm.profile.domain.ProfileStatus;
import com.lumenbridge.crm.profile.persistence.MongoProfiles;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.function.Consumer;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link InsightFactsSource} over the {@code profiles} collection, reading only the {@code insight}
 * field: decoding every profile's whole history (its JSON {@code state}) was 97 % of the time insights
 * took over a large base. Profiles without analytics consent hold {@code insight: null} and are
 * skipped. A profile stored before the field existed has none at all; when the scan met any, a
 * second query decodes those whole (none once every profile has been written again).
 */
public class MongoInsightFacts implements InsightFactsSource {

    /** Large batches: the documents are small and all of them are wanted. */
    private static final int BATCH_SIZE = 10_000;

    private final MongoCollection<Document> profiles;
    private final JsonMapper json;

    public MongoInsightFacts(MongoDatabase database, JsonMapper json) {
        this.profiles = database.getCollection(MongoProfiles.COLLECTION);
        this.json = json;
    }

    @Override
    public void forEach(String tenantId, String segmentId, Consumer<InsightFacts> action) {
        String field = InsightFactsDocument.FIELD;
        long[] withoutFacts = {0};
        profiles.find(active(tenantId, segmentId))
            .projection(Projections.fields(Projections.include(field), Projections.excludeId()))
            .batchSize(BATCH_SIZE)
            .forEach(d -> {
                if (!d.containsKey(field)) {
                    withoutFacts[0]++;
                } else if (d.get(field) instanceof Document facts) {
                    action.accept(InsightFactsDocument.read(facts));
                }
            });
        if (withoutFacts[0] > 0) {
            profiles.find(active(tenantId, segmentId).append(field, new Document("$exists", false)))
                .projection(Projections.include("state"))
                .batchSize(1000)
                .forEach(d -> InsightFacts.of(json.readValue(d.getString("state"), ProfileState.class)).ifPresent(action));
        }
    }

    /**
     * One plain document rather than {@code Filters.and}: mongo-java-server matches it without the
     * {@code $and} recursion, on every document of the collection (it has no index for it).
     */
    private static Document active(String tenantId, String segmentId) {
        Document filter = new Document("tenantId", tenantId).append("status", ProfileStatus.ACTIVE.name());
        return segmentId == null ? filter : filter.append("segments", segmentId);
    }
}
