package com.lumenbridge.order.store.application;

import com.lumenbridge.order.common.GuardedRead;
import com.lumenbridge.order.store.domain.Store;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads one store from store-service's {@code GET /api/stores/{id}} as the calling storefront (see {@link GuardedRead}). */
public class StoreClient {

    private final GuardedRead read;
    private final JsonMapper json;

    public StoreClient(GuardedRead read, JsonMapper json) {
        this.read = read;
        this.json = json;
    }

    /**
     * The store as the storefront behind {@code token} sees it, empty when store-service says 404;
     * throws {@link StoreUnavailable} for any other answer than 200 or 404.
     */
    public Optional<Store> store(String id, String token) {
        GuardedRead.Answer response;
        try {
            response = read.get("/api/stores/", id, token);
        } catch (GuardedRead.Unavailable e) {
            throw new StoreUnavailable(e.getCause());
        }
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            // 401/403 and the like say nothing about the store; store-service decides when it reserves
            throw new StoreUnavailable(new IOException("store-service answered " + response.status()));
        }
        JsonNode body = json.readTree(response.body());
        return Optional.of(new Store(body.path("id").asString(id), text(body.get("type")), strings(body.get("services")),
            strings(body.get("manufacturers"))));
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.stringValue();
    }

    private static Set<String> strings(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        node.forEach(v -> {
            if (v.isString()) {
                values.add(v.stringValue());
            }
        });
        return values;
    }

    /** store-service gave no answer about the store (down, slow, erroring, breaker open, or not 200/404). */
    public static class StoreUnavailable extends RuntimeException {
        StoreUnavailable(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
