package com.lumenbridge.crm.support;

import com.lumenbridge.platform.events.catalog.Price;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import com.lumenbridge.platform.events.order.Customer;
import com.lumenbridge.platform.events.order.FulfillmentType;
import com.lumenbridge.platform.events.order.OrderLine;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.store.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builders of the events other services publish, with the fields the CRM reads. */
public final class Events {

    private Events() {
    }

    public static ProductPublished product(String manufacturerId, String sku, String category, String segment, int kelvin,
            long priceMinor) {
        Instant now = Instant.now();
        return new ProductPublished(new ProductSnapshot(sku, manufacturerId, 2, "ACTIVE", sku, null, category, segment,
            BigDecimal.TEN, 1000, BigDecimal.valueOf(100), kelvin, 80, 120, "E27", "IP20", false, "220-240V", 15000, "F",
            new Price(priceMinor, "EUR"), now, now));
    }

    public static OrderPlaced order(String manufacturerId, FulfillmentType fulfillment, String storeId, Customer customer,
            Instant placedAt, String sku, int quantity, long unitPrice) {
        return new OrderPlaced("order-" + UUID.randomUUID(), "shop-1", manufacturerId, fulfillment, storeId,
            List.of(new OrderLine(sku, quantity, new Price(unitPrice, "EUR"))), new Price(unitPrice * quantity, "EUR"),
            customer, placedAt);
    }

    public static Customer customer(String email, String phone, String name, Boolean analytics) {
        return new Customer(email, phone, name, true, analytics);
    }

    public static Visitor visitor(String email, String phone, String name) {
        return new Visitor(email, phone, name, true, true);
    }
}
