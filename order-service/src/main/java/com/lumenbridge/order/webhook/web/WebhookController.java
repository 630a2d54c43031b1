package com.lumenbridge.order.webhook.web;

import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.order.common.Page;
import com.lumenbridge.order.common.PageRequest;
import com.lumenbridge.order.webhook.application.WebhookService;
import com.lumenbridge.order.webhook.persistence.MongoWebhooks;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/orders/webhook")
class WebhookController {

    private static final List<String> STATUSES = List.of("PENDING", "DELIVERED", "FAILED");

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** {@code {"url":"https://…","rotateSecret":false}}: 201 when created, 200 when changed; the secret signs every message. */
    @PutMapping
    ResponseEntity<Map<String, Object>> register(Caller caller, @RequestBody(required = false) JsonNode body) {
        Input in = Input.of(body);
        String url = in.text("url", true, 2000);
        Boolean rotate = in.bool(body, "rotateSecret", "rotateSecret", false);
        in.check();
        WebhookService.Registration registration = webhooks.register(caller, url, Boolean.TRUE.equals(rotate));
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .body(view(registration.endpoint()));
    }

    @GetMapping
    Map<String, Object> get(Caller caller) {
        return view(webhooks.endpoint(caller));
    }

    @GetMapping("/deliveries")
    Map<String, Object> deliveries(Caller caller, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("status", "must be one of " + STATUSES);
        }
        Page<MongoWebhooks.Delivery> found = webhooks.deliveries(caller, status, PageRequest.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.items().stream().map(WebhookController::view).toList());
        body.put("total", found.total());
        body.put("page", found.page());
        body.put("size", found.size());
        return body;
    }

    private static Map<String, Object> view(MongoWebhooks.Endpoint e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("url", e.url());
        v.put("secret", e.secret());
        v.put("createdAt", e.createdAt().toString());
        v.put("updatedAt", e.updatedAt().toString());
        return v;
    }

    private static Map<String, Object> view(MongoWebhooks.Delivery d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", d.id());
        v.put("orderId", d.orderId());
        v.put("eventType", d.eventType());
        v.put("status", d.status());
        v.put("attempts", d.attempts().stream().map(a -> {
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("at", a.at().toString());
            attempt.put("statusCode", a.statusCode());
            attempt.put("error", a.error());
            attempt.put("durationMs", a.durationMs());
            return attempt;
        }).toList());
        v.put("nextAttemptAt", d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString());
        v.put("createdAt", d.createdAt().toString());
        v.put("deliveredAt", d.deliveredAt() == null ? null : d.deliveredAt().toString());
        return v;
    }
}
