package com.lumenbridge.order.catalog.application;

import com.lumenbridge.order.common.GuardedRead;
import com.lumenbridge.order.order.domain.Money;
import java.io.IOException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one product from catalog-service as the calling storefront (its own token forwarded, see
 * {@link GuardedRead}): the answer is the partner view, at the partner's price.
 */
public class CatalogClient {

    private final GuardedRead read;
    private final JsonMapper json;

    public CatalogClient(GuardedRead read, JsonMapper json) {
        this.read = read;
        this.json = json;
    }

    /** What catalog-service says of a SKU to the storefront behind {@code token}. */
    public record RemoteProduct(String sku, String manufacturerId, String status, Money price) {
    }

    /** The product as the caller sees it, empty when catalog-service says 404; throws {@link CatalogUnavailable}. */
    public Optional<RemoteProduct> product(String sku, String token) {
        GuardedRead.Answer response;
        try {
            response = read.get("/api/catalog/products/", sku, token);
        } catch (GuardedRead.Unavailable e) {
            throw new CatalogUnavailable(e.getCause());
        }
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw new CatalogUnavailable(new IOException("catalog-service answered " + response.status()));
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
