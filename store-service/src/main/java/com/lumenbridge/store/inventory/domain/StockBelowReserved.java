package com.lumenbridge.store.inventory.domain;

/** On hand may not drop below what is reserved for orders. */
public class StockBelowReserved extends RuntimeException {

    public StockBelowReserved(int requestedOnHand, int reserved) {
        super("onHand " + requestedOnHand + " would drop below the " + reserved + " units reserved for orders");
    }
}
