package com.lumenbridge.order.webhook;

import com.lumenbridge.order.OrderProperties;
import com.lumenbridge.order.webhook.application.WebhookService;
import com.lumenbridge.order.webhook.domain.Backoff;
import com.lumenbridge.order.webhook.domain.WebhookTargets;
import com.lumenbridge.order.webhook.messaging.OrderEventsToWebhooks;
import com.lumenbridge.order.webhook.persistence.MongoWebhooks;
import com.lumenbridge.platform.events.order.OrderCancelled;
import com.lumenbridge.platform.events.order.OrderCompleted;
import com.lumenbridge.platform.events.order.OrderConfirmed;
import com.lumenbridge.platform.events.order.OrderDeclined;
import com.lumenbridge.platform.events.order.OrderExpired;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.order.OrderReadyForPickup;
import com.lumenbridge.platform.events.order.OrderRejected;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    MongoWebhooks mongoWebhooks(MongoDatabase database) {
        return new MongoWebhooks(database);
    }

    @Bean
    WebhookService webhookService(MongoWebhooks webhooks, OrderProperties properties, CircuitBreakerRegistry breakers,
            Clock clock, MeterRegistry meters) {
        OrderProperties.Webhooks settings = properties.webhooks();
        // redirects are not followed: a public URL must not bounce the platform to a private one
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.requestTimeout())
            .build();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
            .failureRateThreshold(settings.failureRateThreshold())
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .waitDurationInOpenState(settings.openFor())
            .permittedNumberOfCallsInHalfOpenState(1)
            .build();
        return new WebhookService(webhooks, new WebhookTargets(new HashSet<>(settings.allowedHosts()), InetAddress::getAllByName),
            new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.retryFor()), http,
            settings.requestTimeout(), breakers, breaker, clock, meters);
    }

    @Bean
    PeriodicJobs webhookJobs(WebhookService webhooks, OrderProperties properties) {
        Duration interval = properties.webhooks().pollInterval();
        return new PeriodicJobs("webhook-delivery").every("deliver-due", interval, interval, webhooks::deliverDue);
    }

    @Bean
    OrderEventsToWebhooks<OrderPlaced> orderPlacedWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderPlaced.class, "order.placed", "PENDING", OrderPlaced::storefrontId, webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderConfirmed> orderConfirmedWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderConfirmed.class, "order.confirmed", "CONFIRMED", OrderConfirmed::storefrontId,
            webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderRejected> orderRejectedWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderRejected.class, "order.rejected", "REJECTED", OrderRejected::storefrontId,
            webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderReadyForPickup> orderReadyWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderReadyForPickup.class, "order.ready_for_pickup", "READY_FOR_PICKUP",
            OrderReadyForPickup::storefrontId, webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderCompleted> orderCompletedWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderCompleted.class, "order.completed", "COMPLETED", OrderCompleted::storefrontId,
            webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderDeclined> orderDeclinedWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderDeclined.class, "order.closed_no_sale", "CLOSED_NO_SALE",
            OrderDeclined::storefrontId, webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderCancelled> orderCancelledWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderCancelled.class, "order.cancelled", "CANCELLED", OrderCancelled::storefrontId,
            webhooks, json);
    }

    @Bean
    OrderEventsToWebhooks<OrderExpired> orderExpiredWebhook(WebhookService webhooks, JsonMapper json) {
        return new OrderEventsToWebhooks<>(OrderExpired.class, "order.expired", "EXPIRED", OrderExpired::storefrontId,
            webhooks, json);
    }
}
