package com.lumenbridge.platform.outbox;

import com.lumenbridge.platform.events.EventType;
import com.lumenbridge.platform.events.EventTypes;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Updates;
import tools.jackson.databind.json.JsonMapper;

/**
 * The producer side of the transactional outbox. Pending events are embedded in the aggregate's
 * own document under {@link #FIELD}, so the state change and its events are one single-document
 * write: atomic on any MongoDB, with no multi-document transaction. {@link OutboxRelay} publishes
 * them and removes them once Kafka has acknowledged.
 */
public class Outbox {

    /** The array field of an aggregate document that holds its unpublished events. */
    public static final String FIELD = "outbox";

    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final Supplier<String> traceparent;
    private final OutboxRelay relay;

    public Outbox(JsonMapper json, Clock clock, String source, Supplier<String> traceparent, OutboxRelay relay) {
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.traceparent = traceparent;
        this.relay = relay;
    }

    /** Outbox entries for {@code events}, to embed under {@link #FIELD} in the document being inserted. */
    public List<Document> entries(String tenantId, List<? extends IntegrationEvent> events) {
        String trace = traceparent.get();
        Date now = Date.from(clock.instant());
        List<Document> entries = new ArrayList<>(events.size());
        for (IntegrationEvent event : events) {
            EventType type = EventTypes.of(event.getClass());
            entries.add(new Document("id", UUID.randomUUID().toString())
                .append("topic", type.topic())
                .append("type", type.type())
                .append("source", source)
                .append("subject", event.aggregateId())
                .append("tenantId", tenantId)
                .append("time", now)
                .append("traceparent", trace)
                .append("data", json.writeValueAsString(event)));
        }
        return entries;
    }

    /** An update that appends {@code events} to the outbox of the document it is applied to. */
    public Bson push(String tenantId, List<? extends IntegrationEvent> events) {
        return Updates.pushEach(FIELD, entries(tenantId, events));
    }

    /**
     * Tells the relay that {@code id} in {@code collection} has new entries, so they go out now
     * rather than at the next sweep. Call it after the write succeeded; a lost call only delays.
     */
    public void written(String collection, Object id) {
        relay.publishSoon(collection, id);
    }
}
