package com.lumenbridge.catalog.search;

import static com.lumenbridge.catalog.support.CatalogApi.bulb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.catalog.CatalogServiceApplication;
import com.lumenbridge.catalog.support.CatalogApi;
import com.lumenbridge.catalog.support.Topics;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two running instances of catalog-service on one database, each with its own in-memory index: the
 * second builds its index from MongoDB at start-up, and from then on changes made through either
 * instance are found by search on the other, at the partner's price.
 */
@WithEmbeddedInfrastructure
class TwoInstancesIT {

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private CatalogApi start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogServiceApplication.class)
            .run("--server.port=0", "--lumenbridge.mongodb.database=catalog_two_instances_it");
        instances.add(context);
        return new CatalogApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private static JsonNode search(CatalogApi api, Caller caller, String query) {
        return api.get(caller, "/api/catalog/search?" + query).json();
    }

    private static List<String> skus(JsonNode result) {
        List<String> skus = new ArrayList<>();
        result.get("items").forEach(i -> skus.add(i.get("sku").asString() + "@" + i.get("price").get("amountMinor").asLong()));
        return skus;
    }

    @Test
    void aChangeMadeThroughOneInstanceIsFoundBySearchOnTheOther() {
        Caller owner = CatalogApi.manufacturer();
        Caller partner = CatalogApi.tenant(TenantKind.STOREFRONT);
        CatalogApi first = start();
        Topics.registerTenant(partner, "Bright Shop");
        String before = CatalogApi.sku("TWO-OLD");
        assertThat(first.post(owner, "/api/catalog/products", bulb(before, 499)).status()).isEqualTo(201);
        assertThat(first.post(owner, "/api/catalog/products/" + before + "/publish", null).status()).isEqualTo(200);

        CatalogApi second = start();

        String mine = "q=A60&sort=price";
        assertThat(skus(search(second, owner, mine))).containsExactly(before + "@499");

        String after = CatalogApi.sku("TWO-NEW");
        assertThat(first.post(owner, "/api/catalog/products", bulb(after, 1000)).status()).isEqualTo(201);
        first.post(owner, "/api/catalog/products/" + after + "/publish", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(skus(search(second, owner, mine))).containsExactly(before + "@499", after + "@1000"));

        await().atMost(Duration.ofSeconds(30)).until(() -> second.put(owner, "/api/catalog/price-lists/shops",
            Map.of("currency", "EUR", "discountPercent", 10)).status() / 100 == 2
            && second.put(owner, "/api/catalog/partnerships/" + partner.tenantId(),
                Map.of("priceListId", "shops", "status", "ACTIVE")).status() / 100 == 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(skus(search(first, partner, mine))).containsExactly(before + "@449", after + "@900"));

        Map<String, Object> cheaper = bulb(after, 800);
        assertThat(first.put(owner, "/api/catalog/products/" + after, cheaper).status()).isEqualTo(200);
        assertThat(first.post(owner, "/api/catalog/products/" + before + "/discontinue", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(skus(search(second, partner, mine))).containsExactly(after + "@720"));
        assertThat(skus(search(first, partner, mine))).containsExactly(after + "@720");
    }
}
