package com.lumenbridge.store.inventory.domain;

/**
 * The stock of one SKU at one location. Every instance satisfies the invariants; every change is a
 * verb that returns the new level or throws the rule it breaks. The persistence layer applies the
 * same changes as guarded atomic increments, so the rules also hold under concurrency.
 */
public record StockLevel(int onHand, int reserved) {

    public StockLevel {
        if (onHand < 0) {
            throw new IllegalArgumentException("onHand must not be negative");
        }
        if (reserved < 0) {
            throw new IllegalArgumentException("reserved must not be negative");
        }
        if (reserved > onHand) {
            throw new IllegalArgumentException("reserved must not exceed onHand");
        }
    }

    public static final StockLevel EMPTY = new StockLevel(0, 0);

    public int available() {
        return onHand - reserved;
    }

    public StockLevel setOnHand(int newOnHand) {
        if (newOnHand < reserved) {
            throw new StockBelowReserved(newOnHand, reserved);
        }
        return new StockLevel(newOnHand, reserved);
    }

    public StockLevel adjust(String sku, int quantity) {
        if (quantity < 0 && -quantity > available()) {
            throw new InsufficientStock(sku, -quantity, available());
        }
        return new StockLevel(onHand + quantity, reserved);
    }

    public StockLevel hold(String sku, int quantity) {
        if (quantity > available()) {
            throw new InsufficientStock(sku, quantity, available());
        }
        return new StockLevel(onHand, reserved + quantity);
    }

    public StockLevel release(int quantity) {
        return new StockLevel(onHand, reserved - quantity);
    }

    /** Held units leave the location: both on hand and reserved drop. */
    public StockLevel commit(int quantity) {
        return new StockLevel(onHand - quantity, reserved - quantity);
    }

    public boolean isLow(int threshold) {
        return available() <= threshold;
    }
}
