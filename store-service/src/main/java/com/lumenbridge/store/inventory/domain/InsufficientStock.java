package com.lumenbridge.store.inventory.domain;

/** Fewer units are available than the change takes. */
public class InsufficientStock extends RuntimeException {

    private final int available;

    public InsufficientStock(String sku, int requested, int available) {
        super("only " + available + " of " + requested + " units of '" + sku + "' are available");
        this.available = available;
    }

    public int available() {
        return available;
    }
}
