package com.lumenbridge.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for the gateway's API, as a partner or the operator would call it. */
final class GatewayClient {

    /** A response: status, the body parsed when it is JSON (else a missing node), and the raw text. */
    record Reply(int status, JsonNode json, String raw) {

        String text(String field) {
            return json.path(field).asText("");
        }

        /** The body in one line, short enough to print. */
        String brief() {
            String line = raw.replaceAll("\\s+", " ").trim();
            return line.length() > 300 ? line.substring(0, 297) + "..." : line;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;

    GatewayClient(URI base) {
        this.base = base;
    }

    Reply get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    Reply post(String path, String bearer, Object body) {
        try {
            return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request body as JSON", e);
        }
    }

    /** A POST with extra headers, such as {@code Idempotency-Key}. */
    Reply post(String path, String bearer, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, bearer).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(toJson(body)));
        headers.forEach(request::header);
        return send(request);
    }

    Reply put(String path, String bearer, Object body) {
        return send(request(path, bearer).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** Streams a file as the request body, for imports. */
    Reply upload(String path, String bearer, Path file, String contentType) {
        try {
            return send(request(path, bearer).header("Content-Type", contentType).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
        } catch (FileNotFoundException e) {
            throw new LauncherException("No file " + file, e);
        }
    }

    Reply delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String path, String bearer) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", "Bearer " + bearer);
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException e) {
            throw new LauncherException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while calling the gateway", e);
        }
    }

    /** A reply for a response obtained elsewhere (a PUT, a streamed upload). */
    Reply reply(int status, String body) {
        return new Reply(status, parse(body), body == null ? "" : body);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
