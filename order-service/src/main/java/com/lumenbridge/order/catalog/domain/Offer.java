package com.lumenbridge.order.catalog.domain;

import com.lumenbridge.order.order.domain.Money;
import java.util.Objects;

/** A SKU a storefront may order: ACTIVE, of a manufacturer it is actively partnered with, at its price-list price. */
public record Offer(String sku, String manufacturerId, Money unitPrice) {

    public Offer {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(manufacturerId, "manufacturerId");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
