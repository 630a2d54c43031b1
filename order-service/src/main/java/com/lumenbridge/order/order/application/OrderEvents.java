package com.lumenbridge.order.order.application;

import com.lumenbridge.order.order.domain.Order;
import com.lumenbridge.order.order.domain.OrderLine;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.catalog.Price;
import com.lumenbridge.platform.events.order.Customer;
import com.lumenbridge.platform.events.order.FulfillmentType;
import com.lumenbridge.platform.events.order.OrderCancelled;
import com.lumenbridge.platform.events.order.OrderCompleted;
import com.lumenbridge.platform.events.order.OrderConfirmed;
import com.lumenbridge.platform.events.order.OrderDeclined;
import com.lumenbridge.platform.events.order.OrderExpired;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.order.OrderReadyForPickup;
import com.lumenbridge.platform.events.order.OrderRejected;
import com.lumenbridge.platform.events.store.ShortLine;
import java.time.Instant;

/** The integration event on {@code order.order.v1} for each state an order enters. */
final class OrderEvents {

    private OrderEvents() {
    }

    static OrderPlaced placed(Order o) {
        var c = o.customer();
        return new OrderPlaced(o.id(), o.storefrontId(), o.manufacturerId(), FulfillmentType.valueOf(o.fulfillment().type().name()),
            o.fulfillment().storeId(),
            o.lines().stream().map(OrderEvents::line).toList(),
            new Price(o.total().amountMinor(), o.total().currency()),
            new Customer(c.email(), c.phone(), c.name(), c.marketingConsent(), c.analyticsConsent()),
            o.placedAt());
    }

    /** The event of the status {@code o} has just entered. */
    static IntegrationEvent entered(Order o) {
        Instant at = o.updatedAt();
        return switch (o.status()) {
            case PENDING -> placed(o);
            case CONFIRMED -> new OrderConfirmed(o.id(), o.storefrontId(), o.manufacturerId(), o.locationId(), o.holdExpiresAt(), at);
            case REJECTED -> new OrderRejected(o.id(), o.storefrontId(), o.manufacturerId(), o.statusReason(),
                o.shortLines().stream().map(s -> new ShortLine(s.sku(), s.requested(), s.available())).toList(), at);
            case READY_FOR_PICKUP -> new OrderReadyForPickup(o.id(), o.storefrontId(), o.manufacturerId(), at);
            case COMPLETED -> new OrderCompleted(o.id(), o.storefrontId(), o.manufacturerId(), at);
            case CLOSED_NO_SALE -> new OrderDeclined(o.id(), o.storefrontId(), o.manufacturerId(), at);
            case CANCELLED -> new OrderCancelled(o.id(), o.storefrontId(), o.manufacturerId(), at);
            case EXPIRED -> new OrderExpired(o.id(), o.storefrontId(), o.manufacturerId(), at);
        };
    }

    private static com.lumenbridge.platform.events.order.OrderLine line(OrderLine l) {
        return new com.lumenbridge.platform.events.order.OrderLine(l.sku(), l.quantity(),
            new Price(l.unitPrice().amountMinor(), l.unitPrice().currency()));
    }
}
