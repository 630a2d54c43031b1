package com.lumenbridge.order.order.messaging;

import com.lumenbridge.order.order.application.OrderService;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.crm.CustomerErased;
import com.lumenbridge.platform.messaging.EventHandler;

/** The CRM erased a person: their name, email and phone are masked on that manufacturer's orders (idempotent). */
public final class CustomerErasedHandler implements EventHandler<CustomerErased> {

    private final OrderService orders;

    public CustomerErasedHandler(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public Class<CustomerErased> eventClass() {
        return CustomerErased.class;
    }

    @Override
    public void handle(EventEnvelope<CustomerErased> event) {
        orders.eraseCustomer(event.data().manufacturerId(), event.data().identityKeys());
    }
}
