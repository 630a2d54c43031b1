package com.lumenbridge.crm.support;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the CRM as the gateway would for a caller: real HTTP with a signed internal token. */
public final class Api {

    private final String base;
    private final HttpProbe http;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = new HttpProbe(base);
    }

    public HttpProbe.Response get(Caller caller, String path) {
        return http.get(path, headers(caller));
    }

    public HttpProbe.Response post(Caller caller, String path, String json) {
        return http.send("POST", path, headers(caller), json);
    }

    /** Posts a body with its own content type (the probe always sends JSON). */
    public HttpProbe.Response postRaw(Caller caller, String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .header(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpProbe.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(Caller caller) {
        return Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller));
    }
}
