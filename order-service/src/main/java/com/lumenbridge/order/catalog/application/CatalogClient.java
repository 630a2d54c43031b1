package com.lumenbridge.order.catalog.application;

import com.lumenbridge.order.order.domain.Money;
import com.lumenbridge.platform.identity.InternalHeaders;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one product from catalog-service as the calling storefront, by forwarding the storefront's
 * own internal token (services hold only the gateway's public key and cannot mint one): the answer
 * is the partner view, at the partner's price. Behind a circuit breaker and a time limit, so a slow
 * or dead catalog costs at most the timeout, and nothing once the breaker is open.
 */
public class CatalogClient {

    private final HttpClient http;
    private final JsonMapper json;
    private final String baseUrl;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final Duration timeout;

    public CatalogClient(HttpClient http, JsonMapper json, String baseUrl, CircuitBreaker breaker, TimeLimiter limiter,
            Duration timeout) {
        this.http = http;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.breaker = breaker;
        this.limiter = limiter;
        this.timeout = timeout;
    }

    /** What catalog-service says of a SKU to the storefront behind {@code token}. */
    public record RemoteProduct(String sku, String manufacturerId, String status, Money price) {
    }

    /** The product as the caller sees it, empty when catalog-service says 404; throws {@link CatalogUnavailable}. */
    public Optional<RemoteProduct> product(String sku, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/catalog/products/"
                + URLEncoder.encode(sku, StandardCharsets.UTF_8)))
            .timeout(timeout)
            .header(InternalHeaders.TOKEN, token == null ? "" : token)
            .header("Accept", "application/json")
            .GET().build();
        HttpResponse<String> response;
        try {
            response = breaker.executeCallable(() -> {
                HttpResponse<String> r = limiter.executeFutureSupplier(
                    () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                if (r.statusCode() >= 500) {
                    throw new IOException("catalog-service answered " + r.statusCode());
                }
                return r;
            });
        } catch (Exception e) {
            throw new CatalogUnavailable(e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new CatalogUnavailable(new IOException("catalog-service answered " + response.statusCode()));
        }
        JsonNode body = json.readTree(response.body());
        JsonNode price = body.path("price");
        return Optional.of(new RemoteProduct(body.path("sku").asString(), body.path("manufacturerId").asString(),
            body.path("status").asString(), new Money(price.path("amountMinor").asLong(), price.path("currency").asString())));
    }

    /** catalog-service could not answer in time (down, slow, erroring, or the breaker is open). */
    public static class CatalogUnavailable extends RuntimeException {
        CatalogUnavailable(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
