package com.lumenbridge.platform.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;

/** Remembers which events each handler has handled, by {@code ce_id}, so a redelivery is skipped. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public ProcessedEvents(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public boolean contains(String handlerKey, String eventId) {
        return collection.find(Filters.eq("_id", key(handlerKey, eventId))).first() != null;
    }

    public void record(String handlerKey, String eventId, String topic) {
        try {
            collection.insertOne(new Document("_id", key(handlerKey, eventId))
                .append("topic", topic)
                .append("handledAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String key(String handlerKey, String eventId) {
        return handlerKey + "|" + eventId;
    }
}
