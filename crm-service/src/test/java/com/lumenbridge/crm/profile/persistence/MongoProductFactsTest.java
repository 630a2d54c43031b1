package com.lumenbridge.crm.profile.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.crm.profile.application.ProductFactsSource.Versioned;
import com.lumenbridge.crm.profile.domain.ProductFacts;
import com.lumenbridge.platform.testing.InMemoryMongo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The product projection takes a poll's events at once and keeps each product's highest version. */
class MongoProductFactsTest {

    private InMemoryMongo mongo;
    private MongoProductFacts products;

    @BeforeEach
    void start() {
        mongo = InMemoryMongo.start();
        // no cache: every find reads what was stored
        products = new MongoProductFacts(mongo.database("crm-products-test"), Clock.systemUTC(), Duration.ZERO);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aBatchKeepsEachProductsHighestVersionPerManufacturer() {
        products.putAll(List.of(versioned("aurora", "HELD", 5, 5_000)));
        products.putAll(List.of(
            versioned("aurora", "A", 2, 200),
            versioned("aurora", "A", 1, 100),
            versioned("lumos", "A", 1, 111),
            versioned("aurora", "HELD", 4, 4_000),
            versioned("aurora", "B", 3, 300),
            versioned("aurora", "B", 2, 200)));

        assertThat(prices("aurora", "A", "B", "HELD")).isEqualTo(Map.of("A", 200L, "B", 300L, "HELD", 5_000L));
        assertThat(prices("lumos", "A")).isEqualTo(Map.of("A", 111L));

        products.putAll(List.of(versioned("aurora", "A", 2, 999), versioned("aurora", "HELD", 6, 6_000)));
        assertThat(prices("aurora", "A", "HELD")).isEqualTo(Map.of("A", 200L, "HELD", 6_000L));
    }

    @Test
    void awaitingProfilesAreFoundForManySkusAtOnceAndOnlyForTheirManufacturer() {
        products.awaiting("aurora", List.of("A", "B"), "profile-1");
        products.awaiting("aurora", List.of("A"), "profile-2");
        products.awaiting("lumos", List.of("C"), "profile-3");

        assertThat(products.awaitedBy("aurora", List.of("A", "B", "C", "D")))
            .isEqualTo(Map.of("A", List.of("profile-1", "profile-2"), "B", List.of("profile-1")));
        assertThat(products.awaitedBy("lumos", List.of("A", "C"))).isEqualTo(Map.of("C", List.of("profile-3")));

        products.delivered("aurora", "A", List.of("profile-1", "profile-2"));
        assertThat(products.awaitedBy("aurora", List.of("A", "B"))).isEqualTo(Map.of("B", List.of("profile-1")));
        assertThat(products.awaitedBy("aurora", List.of())).isEmpty();
    }

    private Map<String, Long> prices(String tenantId, String... skus) {
        Map<String, ProductFacts> found = products.find(tenantId, List.of(skus));
        return found.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
            e -> e.getValue().listPriceMinor()));
    }

    private static Versioned versioned(String tenantId, String sku, long version, long price) {
        return new Versioned(tenantId, new ProductFacts(sku, "downlight", "MASS", 3000, price), version);
    }
}
