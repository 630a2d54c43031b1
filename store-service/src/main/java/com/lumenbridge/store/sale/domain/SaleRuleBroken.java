package com.lumenbridge.store.sale.domain;

/** An offline sale was asked to change in a way its state does not allow. */
public class SaleRuleBroken extends RuntimeException {

    public SaleRuleBroken(String saleId, String rule) {
        super("offline sale '" + saleId + "': " + rule);
    }
}
