package com.lumenbridge.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends requests to the gateway exactly as given — an already encoded target, any content type, any
 * bytes as the body — which {@link GatewayClient} deliberately cannot. A 429 is waited out and the
 * same request sent again, since the rate limiter says nothing about the input.
 */
final class RawGateway {

    /** An answer: the status (0 when none came), the body's text, and the error when the exchange failed. */
    record Answer(int status, String body, String error) {

        String brief() {
            String text = error != null ? error : body.replaceAll("\\s+", " ").trim();
            return text.length() > 200 ? text.substring(0, 200) : text;
        }
    }

    private static final int RATE_LIMIT_RETRIES = 20;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;

    RawGateway(String base) {
        this.base = base;
    }

    Answer send(String method, String target, String bearer, String contentType, byte[] body, Map<String, String> headers)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, application/problem+json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpRequest built = request.build();
        Answer answer = exchange(built);
        for (int attempt = 1; answer.status() == 429 && attempt <= RATE_LIMIT_RETRIES; attempt++) {
            Thread.sleep(250L * attempt);
            answer = exchange(built);
        }
        return answer;
    }

    Answer get(String target, String bearer) throws InterruptedException {
        return send("GET", target, bearer, null, null, Map.of());
    }

    private Answer exchange(HttpRequest request) throws InterruptedException {
        try {
            return answer(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            return new Answer(0, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Answer answer(HttpResponse<byte[]> response) {
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), null);
    }
}
