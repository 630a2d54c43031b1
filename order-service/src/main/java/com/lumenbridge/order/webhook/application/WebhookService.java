package com.lumenbridge.order.webhook.application;

import com.lumenbridge.order.common.NotPermitted;
import com.lumenbridge.order.common.Page;
import com.lumenbridge.order.common.PageRequest;
import com.lumenbridge.order.webhook.domain.Backoff;
import com.lumenbridge.order.webhook.domain.WebhookSignature;
import com.lumenbridge.order.webhook.domain.WebhookTargets;
import com.lumenbridge.order.webhook.persistence.MongoWebhooks;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A storefront's webhook endpoint and the delivery of its order events: each message is recorded
 * once (id = {@code msg_} + the event's {@code ce_id}, the stable {@code webhook-id}), sent signed,
 * and retried with exponential backoff until a 2xx or until the retry window closes. Each endpoint
 * sends through its own circuit breaker, so a dead partner is skipped quickly instead of costing
 * every other partner a timeout.
 */
public class WebhookService {

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

    private final MongoWebhooks webhooks;
    private final WebhookTargets targets;
    private final Backoff backoff;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final CircuitBreakerRegistry breakers;
    private final CircuitBreakerConfig breakerConfig;
    private final Clock clock;
    private final MeterRegistry meters;

    public WebhookService(MongoWebhooks webhooks, WebhookTargets targets, Backoff backoff, HttpClient http,
            Duration requestTimeout, CircuitBreakerRegistry breakers, CircuitBreakerConfig breakerConfig, Clock clock,
            MeterRegistry meters) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.backoff = backoff;
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.breakers = breakers;
        this.breakerConfig = breakerConfig;
        this.clock = clock;
        this.meters = meters;
        // at zero from start-up, so the delivery dashboard and its alert have a series before the first delivery
        for (String outcome : new String[] {"delivered", "retry", "failed"}) {
            meters.counter("lumenbridge.orders.webhook.deliveries", "outcome", outcome);
        }
    }

    /** The endpoint as registered, and whether this call created it. */
    public record Registration(MongoWebhooks.Endpoint endpoint, boolean created) {
    }

    /** Registers or changes the storefront's endpoint; the secret is made once and kept unless rotated. */
    public Registration register(Caller caller, String url, boolean rotateSecret) {
        requireStorefront(caller);
        caller.require(Scope.ORDERS_WRITE);
        targets.refusal(url).ifPresent(why -> {
            throw new InvalidInput("url", why);
        });
        Instant now = clock.instant();
        Optional<MongoWebhooks.Endpoint> existing = webhooks.endpoint(caller.tenantId());
        MongoWebhooks.Endpoint endpoint = new MongoWebhooks.Endpoint(caller.tenantId(), url,
            existing.isEmpty() || rotateSecret ? WebhookSignature.newSecret() : existing.get().secret(),
            existing.map(MongoWebhooks.Endpoint::createdAt).orElse(now), now);
        webhooks.saveEndpoint(endpoint);
        return new Registration(endpoint, existing.isEmpty());
    }

    public MongoWebhooks.Endpoint endpoint(Caller caller) {
        requireStorefront(caller);
        caller.require(Scope.ORDERS_READ);
        return webhooks.endpoint(caller.tenantId()).orElseThrow(() -> new NotFound("webhook endpoint", caller.tenantId()));
    }

    /** The storefront's own delivery log, newest first. */
    public Page<MongoWebhooks.Delivery> deliveries(Caller caller, String status, PageRequest page) {
        requireStorefront(caller);
        caller.require(Scope.ORDERS_READ);
        return webhooks.list(caller.tenantId(), status, page);
    }

    /** Records a message for the storefront if it has an endpoint; a redelivered event records nothing new. */
    public void enqueue(String messageId, String storefrontId, String orderId, String eventType, String payload) {
        if (webhooks.endpoint(storefrontId).isEmpty()) {
            return;
        }
        webhooks.enqueue(messageId, storefrontId, orderId, eventType, payload, clock.instant());
    }

    /** Sends every delivery due now, one attempt each; returns how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        Instant now = clock.instant();
        Optional<MongoWebhooks.Delivery> due;
        // the lease outlives one attempt (timeout) by far, so a crashed worker's delivery is retried later
        while (attempts < 200 && (due = webhooks.takeDue(now, now.plus(requestTimeout.multipliedBy(3)))).isPresent()) {
            attempt(due.get());
            attempts++;
            now = clock.instant();
        }
        return attempts;
    }

    private void attempt(MongoWebhooks.Delivery delivery) {
        Instant started = clock.instant();
        Optional<MongoWebhooks.Endpoint> endpoint = webhooks.endpoint(delivery.storefrontId());
        Integer status = null;
        String error = null;
        if (endpoint.isEmpty()) {
            error = "no endpoint registered";
        } else {
            Optional<String> refusal = targets.refusal(endpoint.get().url());
            if (refusal.isPresent()) {
                error = "url " + refusal.get();
            } else {
                try {
                    status = send(delivery, endpoint.get(), started);
                } catch (EndpointFailed e) {
                    status = e.status();
                    error = e.getMessage();
                } catch (CallNotPermittedException e) {
                    error = "circuit open: the endpoint failed repeatedly, not called";
                } catch (Exception e) {
                    error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                }
            }
        }
        Instant ended = clock.instant();
        MongoWebhooks.Attempt attempt = new MongoWebhooks.Attempt(started, status, error,
            Duration.between(started, ended).toMillis());
        if (status != null && status >= 200 && status < 300) {
            webhooks.recordAttempt(delivery.id(), attempt, "DELIVERED", null);
            count("delivered");
            return;
        }
        Optional<Instant> next = backoff.next(delivery.attempts().size() + 1, delivery.createdAt(), ended);
        if (next.isPresent()) {
            webhooks.recordAttempt(delivery.id(), attempt, "PENDING", next.get());
            count("retry");
        } else {
            webhooks.recordAttempt(delivery.id(), attempt, "FAILED", null);
            count("failed");
            log.warn("Webhook {} to storefront {} failed for good after {} attempts", delivery.id(),
                delivery.storefrontId(), delivery.attempts().size() + 1);
        }
    }

    private int send(MongoWebhooks.Delivery delivery, MongoWebhooks.Endpoint endpoint, Instant now) throws Exception {
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "LumenBridge-Webhooks/1")
            .header("webhook-id", delivery.id())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", WebhookSignature.sign(endpoint.secret(), delivery.id(), timestamp, delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
            .build();
        CircuitBreaker breaker = breakers.circuitBreaker("webhook-" + endpoint.storefrontId(), breakerConfig);
        return breaker.executeCallable(() -> {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 500 || response.statusCode() == 429) {
                // counts as a failure for the breaker; the status code is kept in the log by the caller
                throw new EndpointFailed(response.statusCode());
            }
            return response.statusCode();
        });
    }

    private void count(String outcome) {
        meters.counter("lumenbridge.orders.webhook.deliveries", "outcome", outcome).increment();
    }

    private static void requireStorefront(Caller caller) {
        if (!caller.is(TenantKind.STOREFRONT)) {
            throw new NotPermitted("webhooks are for storefronts");
        }
    }

    /** The endpoint answered with a server error or 429: a failure the breaker counts. */
    static final class EndpointFailed extends IOException {
        private final int status;

        EndpointFailed(int status) {
            super("endpoint answered " + status);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
