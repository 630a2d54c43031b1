package com.lumenbridge.store.reservation.messaging;

import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.MalformedEvent;
import com.lumenbridge.platform.events.order.OrderCancelled;
import com.lumenbridge.platform.events.order.OrderCompleted;
import com.lumenbridge.platform.events.order.OrderDeclined;
import com.lumenbridge.platform.events.order.OrderLine;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.messaging.EventHandler;
import com.lumenbridge.store.reservation.application.ReservationService;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.reservation.domain.Reservation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order events store-service acts on. Each handler is idempotent on the order id: a reservation
 * is inserted once per order (its {@code _id}), and release and commit act only from the state they
 * leave. So none of them records the event ids it handled; that record cost two Mongo round trips
 * per event, and a redelivery is simply applied again, changing nothing.
 */
public final class OrderEventHandlers {

    private OrderEventHandlers() {
    }

    static ReservationService.NewOrder toNewOrder(OrderPlaced placed) {
        if (!Reservation.isValidOrderId(placed.orderId())) {
            throw new MalformedEvent("OrderPlaced has an order id store-service cannot key holds by: " + placed.orderId(), null);
        }
        Map<String, Integer> merged = new LinkedHashMap<>();
        for (OrderLine line : placed.lines()) {
            merged.merge(line.sku(), line.quantity(), Integer::sum);
        }
        return new ReservationService.NewOrder(placed.orderId(), placed.storefrontId(), placed.manufacturerId(),
            Fulfillment.valueOf(placed.fulfillment().name()), placed.storeId(),
            merged.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList());
    }

    public static final class Placed implements EventHandler<OrderPlaced> {
        private final ReservationService reservations;

        public Placed(ReservationService reservations) {
            this.reservations = reservations;
        }

        @Override
        public Class<OrderPlaced> eventClass() {
            return OrderPlaced.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<OrderPlaced> event) {
            reservations.reserve(toNewOrder(event.data()));
        }
    }

    public static final class Cancelled implements EventHandler<OrderCancelled> {
        private final ReservationService reservations;

        public Cancelled(ReservationService reservations) {
            this.reservations = reservations;
        }

        @Override
        public Class<OrderCancelled> eventClass() {
            return OrderCancelled.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<OrderCancelled> event) {
            reservations.release(event.data().orderId(), "CANCELLED");
        }
    }

    public static final class Declined implements EventHandler<OrderDeclined> {
        private final ReservationService reservations;

        public Declined(ReservationService reservations) {
            this.reservations = reservations;
        }

        @Override
        public Class<OrderDeclined> eventClass() {
            return OrderDeclined.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<OrderDeclined> event) {
            reservations.release(event.data().orderId(), "DECLINED");
        }
    }

    public static final class Completed implements EventHandler<OrderCompleted> {
        private final ReservationService reservations;

        public Completed(ReservationService reservations) {
            this.reservations = reservations;
        }

        @Override
        public Class<OrderCompleted> eventClass() {
            return OrderCompleted.class;
        }

        @Override
        public boolean deduplicateById() {
            return false;
        }

        @Override
        public void handle(EventEnvelope<OrderCompleted> event) {
            reservations.commit(event.data().orderId());
        }
    }
}
