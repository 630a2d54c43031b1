package com.lumenbridge.order.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.order.catalog.domain.PriceList;
import com.lumenbridge.platform.testing.InMemoryMongo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection's writes are idempotent by version, which is what lets its event handlers skip
 * recording events by id: a redelivered event, or one older than what is held, changes nothing.
 */
class CatalogProjectionTest {

    private InMemoryMongo mongo;
    private CatalogProjection projection;

    @BeforeEach
    void start() {
        mongo = InMemoryMongo.start();
        projection = new CatalogProjection(mongo.database("catalog-projection-test"));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aRedeliveredOrOlderProductEventChangesNothing() {
        projection.putProduct("SKU-1", "aurora", 2, "ACTIVE", 1_999, "EUR");
        projection.putProduct("SKU-1", "aurora", 2, "ACTIVE", 1_999, "EUR");
        projection.putProduct("SKU-1", "aurora", 1, "DRAFT", 999, "EUR");

        assertThat(projection.product("SKU-1")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo("ACTIVE");
            assertThat(p.listPrice().amountMinor()).isEqualTo(1_999);
        });

        projection.putProduct("SKU-1", "aurora", 3, "DISCONTINUED", 1_999, "EUR");
        assertThat(projection.product("SKU-1")).get().extracting(CatalogProjection.Product::status).isEqualTo("DISCONTINUED");
    }

    /** A poll's events in one bulk write: per SKU the highest version wins, whatever the order and whatever is held. */
    @Test
    void aBatchKeepsEachProductsHighestVersion() {
        projection.putProduct("SKU-HELD", "aurora", 5, "ACTIVE", 5_000, "EUR");
        projection.putProducts(List.of(
            version("SKU-A", 2, "ACTIVE", 200),
            version("SKU-A", 1, "DRAFT", 100),
            version("SKU-B", 1, "DRAFT", 100),
            version("SKU-HELD", 4, "DISCONTINUED", 4_000),
            version("SKU-B", 3, "DISCONTINUED", 300),
            version("SKU-B", 2, "ACTIVE", 200)));

        assertThat(projection.product("SKU-A")).get().extracting(CatalogProjection.Product::status).isEqualTo("ACTIVE");
        assertThat(projection.product("SKU-B")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo("DISCONTINUED");
            assertThat(p.listPrice().amountMinor()).isEqualTo(300);
        });
        assertThat(projection.product("SKU-HELD")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo("ACTIVE");
            assertThat(p.listPrice().amountMinor()).isEqualTo(5_000);
        });

        projection.putProducts(List.of(version("SKU-A", 2, "ACTIVE", 200), version("SKU-HELD", 6, "DISCONTINUED", 6_000)));
        assertThat(projection.product("SKU-HELD")).get().extracting(CatalogProjection.Product::status)
            .isEqualTo("DISCONTINUED");
        assertThat(projection.product("SKU-A")).get().extracting(p -> p.listPrice().amountMinor()).isEqualTo(200L);
    }

    private static CatalogProjection.ProductVersion version(String sku, long version, String status, long price) {
        return new CatalogProjection.ProductVersion(sku, "aurora", version, status, price, "EUR");
    }

    @Test
    void aRedeliveredOrOlderPartnershipOrPriceListChangesNothing() {
        projection.putPartnership("aurora", "shop", 2, "dealers", "SUSPENDED");
        projection.putPartnership("aurora", "shop", 1, "dealers", "ACTIVE");
        projection.putPartnership("aurora", "shop", 2, "dealers", "SUSPENDED");
        assertThat(projection.partnership("aurora", "shop")).get().extracting(CatalogProjection.Partnership::status)
            .isEqualTo("SUSPENDED");

        projection.putPriceList("aurora", "dealers", 5, new PriceList("EUR", 2_000, Map.of("SKU-1", 1_500L)));
        projection.putPriceList("aurora", "dealers", 4, new PriceList("EUR", 1_000, Map.of()));
        assertThat(projection.priceList("aurora", "dealers")).get()
            .isEqualTo(new PriceList("EUR", 2_000, Map.of("SKU-1", 1_500L)));
    }
}
