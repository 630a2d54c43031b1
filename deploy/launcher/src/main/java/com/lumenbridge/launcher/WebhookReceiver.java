package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner storefront's webhook endpoint, as a careful partner writes one: it checks the Standard
 * Webhooks signature, deduplicates on {@code webhook-id} and applies each message's side effect
 * once. It counts what it saw, so a fault scenario can prove that redelivery never turned into a
 * second side effect: one message id per (order, event type), however often it arrived.
 */
final class WebhookReceiver implements AutoCloseable {

    /** The side effect a message has: this order reached this status. */
    record Effect(String orderId, String type) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private volatile byte[] key;
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final Map<String, Effect> applied = new ConcurrentHashMap<>();
    private final Map<Effect, Set<String>> idsPerEffect = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/webhooks", this::receive);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The URL to register; {@code localhost} is on the local stack's webhook allow-list. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/webhooks";
    }

    /** The signing secret the storefront was given ({@code whsec_} + base64). */
    void secret(String secret) {
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            deliveries.incrementAndGet();
            if (id == null || !signedWell(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"), body,
                    exchange.getRequestHeaders().getFirst("webhook-signature"))) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode message = json.readTree(body);
            Effect effect = new Effect(message.path("data").path("orderId").asText(), message.path("type").asText());
            if (applied.putIfAbsent(id, effect) == null) {
                idsPerEffect.computeIfAbsent(effect, e -> ConcurrentHashMap.newKeySet()).add(id);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private boolean signedWell(String id, String timestamp, String body, String signatures) {
        byte[] secret = key;
        if (secret == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8))))
                .getBytes(StandardCharsets.UTF_8);
            for (String signature : signatures.split(" ")) {
                if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    int deliveries() {
        return deliveries.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    /** Distinct messages applied, i.e. side effects. */
    int applied() {
        return applied.size();
    }

    /** Has {@code orderId} been told it reached {@code type}? */
    boolean saw(String orderId, String type) {
        return idsPerEffect.containsKey(new Effect(orderId, type));
    }

    /** Side effects that arrived under more than one message id: each is a double side effect. */
    Map<Effect, Set<String>> doubled() {
        Map<Effect, Set<String>> doubled = new java.util.HashMap<>();
        idsPerEffect.forEach((effect, ids) -> {
            if (ids.size() > 1) {
                doubled.put(effect, ids);
            }
        });
        return doubled;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
