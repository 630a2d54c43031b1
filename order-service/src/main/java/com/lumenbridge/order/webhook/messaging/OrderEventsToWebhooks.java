package com.lumenbridge.order.webhook.messaging;

import com.lumenbridge.order.webhook.application.WebhookService;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.messaging.EventHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each event order-service published on {@code order.order.v1} into a webhook message for
 * the order's storefront. Consuming our own topic, rather than writing the delivery with the order,
 * keeps webhooks out of the order's write path; the message id derives from {@code ce_id}, so a
 * redelivered event is the same message and a receiver deduplicates on {@code webhook-id}. The
 * delivery is stored under that id too, so a redelivered event records nothing new: no event ids
 * are recorded for this handler (that cost two Mongo round trips per event).
 */
public final class OrderEventsToWebhooks<E extends IntegrationEvent> implements EventHandler<E> {

    private final Class<E> eventClass;
    private final String webhookType;
    private final String status;
    private final java.util.function.Function<E, String> storefrontOf;
    private final WebhookService webhooks;
    private final JsonMapper json;

    public OrderEventsToWebhooks(Class<E> eventClass, String webhookType, String status,
            java.util.function.Function<E, String> storefrontOf, WebhookService webhooks, JsonMapper json) {
        this.eventClass = eventClass;
        this.webhookType = webhookType;
        this.status = status;
        this.storefrontOf = storefrontOf;
        this.webhooks = webhooks;
        this.json = json;
    }

    @Override
    public Class<E> eventClass() {
        return eventClass;
    }

    @Override
    public String name() {
        return "Webhook-" + eventClass.getSimpleName();
    }

    @Override
    public boolean deduplicateById() {
        return false;
    }

    @Override
    public void handle(EventEnvelope<E> event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status);
        data.putAll(json.convertValue(event.data(), Map.class));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", webhookType);
        payload.put("timestamp", (event.time() == null ? java.time.Instant.now() : event.time()).toString());
        payload.put("data", data);
        webhooks.enqueue("msg_" + event.id(), storefrontOf.apply(event.data()), event.data().aggregateId(), webhookType,
            json.writeValueAsString(payload));
    }
}
