package com.lumenbridge.store.reservation;

import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Deliberately wrong, test only: reads {@code available}, decides, then writes without a guard. Run
 * through the same harness as the real reservation, it must oversell, which shows the harness can
 * catch a broken implementation.
 */
final class NaiveReservation {

    private final MongoCollection<Document> inventory;

    NaiveReservation(MongoDatabase database) {
        this.inventory = database.getCollection(StockLedger.COLLECTION);
    }

    boolean reserve(String locationId, String sku, String orderId, int quantity) {
        String id = StockLedger.id(locationId, sku);
        Document current = inventory.find(Filters.eq("_id", id)).first();
        if (current == null || current.getInteger("available") < quantity) {
            return false;
        }
        inventory.updateOne(Filters.eq("_id", id), Updates.combine(Updates.inc("reserved", quantity),
            Updates.inc("available", -quantity), Updates.set("holds." + orderId, new Document("quantity", quantity))));
        return true;
    }
}
