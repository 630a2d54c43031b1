package com.lumenbridge.catalog.support;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Calls one running catalog-service over real HTTP as a given tenant, with a token the test "gateway" signed. */
public final class CatalogApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpProbe http;
    private final String base;

    public CatalogApi(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = new HttpProbe(base);
    }

    public static Caller manufacturer() {
        return new Caller("mfr-" + UUID.randomUUID(), TenantKind.MANUFACTURER, Set.of(Scope.CATALOG_READ, Scope.CATALOG_WRITE));
    }

    public static Caller tenant(TenantKind kind) {
        return new Caller(kind.name().toLowerCase() + "-" + UUID.randomUUID(), kind, Set.of(Scope.CATALOG_READ));
    }

    public static Map<String, String> as(Caller caller) {
        return Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller));
    }

    public HttpProbe.Response get(Caller caller, String path) {
        return http.get(path, as(caller));
    }

    public HttpProbe.Response post(Caller caller, String path, Object body) {
        return http.send("POST", path, as(caller), body == null ? null : JSON.writeValueAsString(body));
    }

    public HttpProbe.Response put(Caller caller, String path, Object body) {
        return http.send("PUT", path, as(caller), JSON.writeValueAsString(body));
    }

    /** Posts a raw body with its own content type (imports). */
    public HttpProbe.Response postRaw(Caller caller, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        as(caller).forEach(request::header);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpProbe.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The DESIGN.md A60 bulb, with {@code sku} and {@code listPrice} in EUR minor units. */
    public static Map<String, Object> bulb(String sku, long listPriceMinor) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", sku);
        product.put("name", "A60 bulb 9 W 806 lm 2700 K");
        product.put("category", "bulb");
        product.put("segment", "MASS");
        product.put("watts", 9);
        product.put("lumens", 806);
        product.put("cctKelvin", 2700);
        product.put("cri", 80);
        product.put("beamAngle", 220);
        product.put("base", "E27");
        product.put("ipRating", "IP20");
        product.put("dimmable", false);
        product.put("voltage", "220-240V");
        product.put("lifetimeHours", 15000);
        product.put("energyClass", "F");
        product.put("listPrice", Map.of("amountMinor", listPriceMinor, "currency", "EUR"));
        return product;
    }

    public static String sku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
