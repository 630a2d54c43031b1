package com.lumenbridge.order.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.order.catalog.domain.PriceList;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection's writes are idempotent by version, which is what lets its event handlers skip
 * recording events by id: a redelivered event, or one older than what is held, changes nothing.
 */
class CatalogProjectionTest {

    private MongoServer server;
    private MongoClient client;
    private CatalogProjection projection;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server));
        projection = new CatalogProjection(client.getDatabase("catalog-projection-test"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
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

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
