package com.lumenbridge.order.support;

import static org.awaitility.Awaitility.await;

import com.lumenbridge.order.catalog.persistence.CatalogProjection;
import com.lumenbridge.platform.events.catalog.PartnershipChanged;
import com.lumenbridge.platform.events.catalog.Price;
import com.lumenbridge.platform.events.catalog.PriceListChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real order-service on a random port against the embedded broker and Mongo server, in a
 * database and consumer group of its own (the wiring contract's context may run in the same JVM).
 * Catalog-service is a closed port: every SKU a test orders must come through the projection,
 * which the test feeds by publishing the catalog's events to the real broker. Store-service is a
 * closed port too, with the store check on: every in-store order passes as PENDING, as it must while
 * store-service is down ({@code StoreValidationIT} puts a store-service stub behind the check).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lumenbridge.mongodb.database=lumenbridge_order_it",
    "lumenbridge.messaging.group=order-service-it",
    "lumenbridge.orders.catalog.base-url=http://127.0.0.1:1",
    "lumenbridge.orders.catalog.timeout=500ms",
    "lumenbridge.orders.stores.validate=true",
    "lumenbridge.orders.stores.base-url=http://127.0.0.1:1",
    "lumenbridge.orders.stores.timeout=500ms",
    "lumenbridge.orders.webhooks.allowed-hosts=127.0.0.1",
    "lumenbridge.orders.webhooks.poll-interval=100ms",
    "lumenbridge.orders.webhooks.initial-backoff=300ms",
    "lumenbridge.orders.webhooks.max-backoff=2s",
    "lumenbridge.orders.webhooks.request-timeout=2s"})
@WithEmbeddedInfrastructure
public abstract class IntegrationTest {

    public static final Set<Scope> ORDERS = Set.of(Scope.ORDERS_READ, Scope.ORDERS_WRITE);

    @LocalServerPort
    int port;
    @Autowired
    protected CatalogProjection projection;
    @Autowired
    protected MongoDatabase database;

    protected HttpProbe http;

    @BeforeEach
    void probe() {
        http = new HttpProbe("http://127.0.0.1:" + port);
    }

    /** A manufacturer with ACTIVE products, partnered with a storefront at a 20 % price list. */
    public record World(String manufacturer, Caller storefront, List<String> skus) {
    }

    public static String tenant(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static Caller caller(String tenantId, TenantKind kind) {
        return new Caller(tenantId, kind, ORDERS);
    }

    /**
     * Publishes a price list (20 % off, the first SKU overridden to 399), a partnership and three
     * products at 1 000 EUR (so 800 after discount) and waits until the projection has all of them.
     */
    protected World partneredWorld() {
        String manufacturer = tenant("maker");
        Caller storefront = caller(tenant("shop"), TenantKind.STOREFRONT);
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        List<String> skus = List.of(prefix + "-A60", prefix + "-T8", prefix + "-GU10");
        Broker.publish(new PriceListChanged(manufacturer, "shops-eu", 1, "EUR", new BigDecimal("20"),
            List.of(new PriceListChanged.SkuPrice(skus.get(0), 399))), manufacturer);
        Broker.publish(new PartnershipChanged(manufacturer, storefront.tenantId(), 1, "shops-eu", "ACTIVE"), manufacturer);
        for (String sku : skus) {
            Broker.publish(new ProductPublished(product(sku, manufacturer, 2, "ACTIVE", 1000)), manufacturer);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> skus.stream().allMatch(s -> projection.product(s).isPresent())
            && projection.partnership(manufacturer, storefront.tenantId()).isPresent()
            && projection.priceList(manufacturer, "shops-eu").isPresent());
        return new World(manufacturer, storefront, skus);
    }

    public static ProductSnapshot product(String sku, String manufacturer, long version, String status, long listPriceMinor) {
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        return new ProductSnapshot(sku, manufacturer, version, status, "A60 bulb 9 W", null, "bulb", "MASS",
            new BigDecimal("9"), 806, new BigDecimal("89.6"), 2700, 80, 220, "E27", "IP20", false, "220-240V", 15000, "F",
            new Price(listPriceMinor, "EUR"), at, at);
    }

    protected Map<String, String> as(Caller caller) {
        return Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller));
    }

    protected Map<String, String> as(Caller caller, String idempotencyKey) {
        Map<String, String> headers = new HashMap<>(as(caller));
        headers.put("Idempotency-Key", idempotencyKey);
        return headers;
    }

    protected HttpProbe.Response place(Caller storefront, String key, String body) {
        return http.send("POST", "/api/orders", as(storefront, key), body);
    }

    protected static String pickup(String storeId, String... skuQuantity) {
        return order("{\"type\":\"PICKUP\",\"storeId\":\"" + storeId + "\"}", skuQuantity);
    }

    protected static String order(String fulfillment, String... skuQuantity) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            if (i > 0) {
                lines.append(',');
            }
            lines.append("{\"sku\":\"").append(skuQuantity[i]).append("\",\"quantity\":").append(skuQuantity[i + 1]).append('}');
        }
        return "{\"customer\":{\"email\":\"Li@Example.com\",\"phone\":\"+86 138 0000 0000\",\"name\":\"Li Wei\","
            + "\"marketingConsent\":true},\"fulfillment\":" + fulfillment + ",\"lines\":[" + lines + "]}";
    }
}
