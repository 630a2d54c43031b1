package com.lumenbridge.gateway.support;

import com.lumenbridge.platform.testing.HttpProbe;
import java.net.ServerSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Calls the gateway under test as a partner or as the operator would. */
public final class GatewayClient {

    private final HttpProbe http;
    private final String operatorKey;

    public GatewayClient(int port, String operatorKey) {
        this.http = new HttpProbe("http://127.0.0.1:" + port);
        this.operatorKey = operatorKey;
    }

    /** A call with an API key ({@code null} for none) and extra headers. */
    public HttpProbe.Response call(String method, String path, String apiKey, String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        if (apiKey != null) {
            all.put("Authorization", "Bearer " + apiKey);
        }
        return http.send(method, path, all, body);
    }

    public HttpProbe.Response call(String method, String path, String apiKey, String body) {
        return call(method, path, apiKey, body, Map.of());
    }

    public HttpProbe.Response get(String path, String apiKey) {
        return call("GET", path, apiKey, null);
    }

    /** A call as the operator, with the bootstrapped operator key. */
    public HttpProbe.Response admin(String method, String path, String body) {
        return call(method, path, operatorKey, body);
    }

    /** Registers a tenant through the admin API and returns its id. */
    public String registerTenant(String kind) {
        HttpProbe.Response response = admin("POST", "/api/admin/tenants",
            "{\"name\":\"" + kind.toLowerCase(java.util.Locale.ROOT) + " test tenant\",\"kind\":\"" + kind + "\"}");
        if (response.status() != 201) {
            throw new IllegalStateException("Could not register a tenant: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asText();
    }

    /** Issues a key with {@code scopes} (a JSON array body) and returns the key itself. */
    public String issueKey(String tenantId, String... scopes) {
        String list = String.join(",", java.util.Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList());
        HttpProbe.Response response = admin("POST", "/api/admin/tenants/" + tenantId + "/api-keys",
            "{\"scopes\":[" + list + "]}");
        if (response.status() != 201) {
            throw new IllegalStateException("Could not issue a key: " + response.status() + " " + response.body());
        }
        return response.json().get("apiKey").asText();
    }

    /** A URL where nothing listens: a closed port on this machine, refused at once. */
    public static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
