package com.lumenbridge.store.inventory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.testing.InMemoryMongo;
import com.lumenbridge.store.support.MutableClock;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hold is a bare number in the stock document (a busy SKU carries thousands, and the embedded server
 * re-encodes all of them on every write); holds written before as {@code {quantity, at}} are still
 * released and committed exactly once.
 */
class StockLedgerHoldsTest {

    private static final String STORE = "store-1";
    private static final String SKU = "A60-9W";

    private final MutableClock clock = new MutableClock();
    private InMemoryMongo mongo;
    private MongoCollection<Document> inventory;
    private StockLedger stock;

    @BeforeEach
    void start() {
        mongo = InMemoryMongo.start();
        MongoDatabase database = mongo.database("stock-ledger-holds-test");
        stock = new StockLedger(database, InMemoryMongo.outboxWithoutRelay(database, clock, StockLedger.COLLECTION), clock);
        inventory = database.getCollection(StockLedger.COLLECTION);
        stock.set("dealer", STORE, SKU, 10, null);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aHoldIsABareNumberTakenOnceAndReleasedOnce() {
        assertThat(stock.hold("dealer", STORE, SKU, "order-1", 3, "RESERVED")).isInstanceOf(StockLedger.Hold.Taken.class);
        assertThat(stock.hold("dealer", STORE, SKU, "order-1", 3, "RESERVED")).isInstanceOf(StockLedger.Hold.AlreadyHeld.class);
        assertThat(holds()).containsEntry("order-1", 3);
        assertLevels(10, 3, 7);

        assertThat(stock.release("dealer", STORE, SKU, "order-1", "RELEASED")).isTrue();
        assertThat(stock.release("dealer", STORE, SKU, "order-1", "RELEASED")).isFalse();
        assertThat(holds()).doesNotContainKey("order-1");
        assertLevels(10, 0, 10);
    }

    @Test
    void aHoldWrittenAsASubDocumentBeforeIsReleasedOrCommittedOnce() {
        inventory.updateOne(Filters.eq("_id", StockLedger.id(STORE, SKU)), Updates.combine(
            Updates.set("holds.old-release", new Document("quantity", 2).append("at", new Date())),
            Updates.set("holds.old-commit", new Document("quantity", 4).append("at", new Date())),
            Updates.inc("reserved", 6), Updates.inc("available", -6), Updates.inc("headroom", -6)));
        assertThat(stock.hold("dealer", STORE, SKU, "new-1", 1, "RESERVED")).isInstanceOf(StockLedger.Hold.Taken.class);
        assertLevels(10, 7, 3);

        assertThat(stock.release("dealer", STORE, SKU, "old-release", "RELEASED")).isTrue();
        assertThat(stock.release("dealer", STORE, SKU, "old-release", "RELEASED")).isFalse();
        assertThat(stock.commit("dealer", STORE, SKU, "old-commit", "COMMITTED")).isTrue();
        assertThat(stock.commit("dealer", STORE, SKU, "old-commit", "COMMITTED")).isFalse();

        assertLevels(6, 1, 5);
        assertThat(holds()).containsOnlyKeys("new-1");
    }

    @Test
    void readsEitherFormOfAHoldEntry() {
        assertThat(StockLedger.heldQuantity(5)).isEqualTo(5);
        assertThat(StockLedger.heldQuantity(new Document("quantity", 7).append("at", new Date()))).isEqualTo(7);
    }

    private Document holds() {
        return inventory.find(Filters.eq("_id", StockLedger.id(STORE, SKU))).first().get("holds", Document.class);
    }

    private void assertLevels(int onHand, int reserved, int available) {
        Document level = inventory.find(Filters.eq("_id", StockLedger.id(STORE, SKU))).first();
        assertThat(level.getInteger("onHand")).as("onHand").isEqualTo(onHand);
        assertThat(level.getInteger("reserved")).as("reserved").isEqualTo(reserved);
        assertThat(level.getInteger("available")).as("available").isEqualTo(available);
    }
}
