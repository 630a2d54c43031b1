package com.lumenbridge.crm.profile.messaging;

import com.lumenbridge.crm.profile.application.ActivityService;
import com.lumenbridge.crm.profile.application.ProductFactsSource;
import com.lumenbridge.crm.profile.domain.History.AppointmentStatus;
import com.lumenbridge.crm.profile.domain.History.OrderStatus;
import com.lumenbridge.crm.profile.domain.ProductFacts;
import com.lumenbridge.platform.events.EventEnvelope;
import com.lumenbridge.platform.events.catalog.ProductDiscontinued;
import com.lumenbridge.platform.events.catalog.ProductDrafted;
import com.lumenbridge.platform.events.catalog.ProductEvent;
import com.lumenbridge.platform.events.catalog.ProductPriceChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import com.lumenbridge.platform.events.catalog.ProductUpdated;
import com.lumenbridge.platform.events.order.OrderCancelled;
import com.lumenbridge.platform.events.order.OrderCompleted;
import com.lumenbridge.platform.events.order.OrderConfirmed;
import com.lumenbridge.platform.events.order.OrderDeclined;
import com.lumenbridge.platform.events.order.OrderExpired;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.order.OrderReadyForPickup;
import com.lumenbridge.platform.events.order.OrderRejected;
import com.lumenbridge.platform.events.store.AppointmentAttended;
import com.lumenbridge.platform.events.store.AppointmentBooked;
import com.lumenbridge.platform.events.store.AppointmentCancelled;
import com.lumenbridge.platform.events.store.AppointmentNoShow;
import com.lumenbridge.platform.events.store.OfflineSaleRecorded;
import com.lumenbridge.platform.events.store.VisitRecorded;
import java.util.List;

/** The handlers of every event the CRM consumes: orders, store activity and the product projection. */
public final class ActivityHandlers {

    private ActivityHandlers() {
    }

    public static CrmEventHandler<OrderPlaced> orderPlaced(ActivityService activity) {
        return new CrmEventHandler<>(OrderPlaced.class, e -> activity.orderPlaced(e.data(), e.time()),
            events -> activity.ordersPlaced(events.stream().map(EventEnvelope::data).toList(),
                events.stream().map(EventEnvelope::time).toList()));
    }

    public static CrmEventHandler<OrderConfirmed> orderConfirmed(ActivityService activity) {
        return new CrmEventHandler<>(OrderConfirmed.class, e -> activity.orderStatus("OrderConfirmed",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.CONFIRMED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<OrderRejected> orderRejected(ActivityService activity) {
        return new CrmEventHandler<>(OrderRejected.class, e -> activity.orderStatus("OrderRejected",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.REJECTED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<OrderReadyForPickup> orderReadyForPickup(ActivityService activity) {
        return new CrmEventHandler<>(OrderReadyForPickup.class, e -> activity.orderStatus("OrderReadyForPickup",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.READY_FOR_PICKUP, e.data().occurredAt(),
                e.time()));
    }

    public static CrmEventHandler<OrderCompleted> orderCompleted(ActivityService activity) {
        return new CrmEventHandler<>(OrderCompleted.class, e -> activity.orderStatus("OrderCompleted",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.COMPLETED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<OrderDeclined> orderDeclined(ActivityService activity) {
        return new CrmEventHandler<>(OrderDeclined.class, e -> activity.orderStatus("OrderDeclined",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.CLOSED_NO_SALE, e.data().occurredAt(),
                e.time()));
    }

    public static CrmEventHandler<OrderCancelled> orderCancelled(ActivityService activity) {
        return new CrmEventHandler<>(OrderCancelled.class, e -> activity.orderStatus("OrderCancelled",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.CANCELLED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<OrderExpired> orderExpired(ActivityService activity) {
        return new CrmEventHandler<>(OrderExpired.class, e -> activity.orderStatus("OrderExpired",
                e.data().manufacturerId(), e.data().orderId(), OrderStatus.EXPIRED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<AppointmentBooked> appointmentBooked(ActivityService activity) {
        return new CrmEventHandler<>(AppointmentBooked.class, e -> activity.appointmentBooked(e.data(), e.time()));
    }

    public static CrmEventHandler<AppointmentAttended> appointmentAttended(ActivityService activity) {
        return new CrmEventHandler<>(AppointmentAttended.class, e -> activity.appointmentStatus("AppointmentAttended",
                e.data().appointmentId(), AppointmentStatus.ATTENDED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<AppointmentCancelled> appointmentCancelled(ActivityService activity) {
        return new CrmEventHandler<>(AppointmentCancelled.class, e -> activity.appointmentStatus("AppointmentCancelled",
                e.data().appointmentId(), AppointmentStatus.CANCELLED, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<AppointmentNoShow> appointmentNoShow(ActivityService activity) {
        return new CrmEventHandler<>(AppointmentNoShow.class, e -> activity.appointmentStatus("AppointmentNoShow",
                e.data().appointmentId(), AppointmentStatus.NO_SHOW, e.data().occurredAt(), e.time()));
    }

    public static CrmEventHandler<VisitRecorded> visitRecorded(ActivityService activity) {
        return new CrmEventHandler<>(VisitRecorded.class, e -> activity.visit(e.data(), e.time()));
    }

    public static CrmEventHandler<OfflineSaleRecorded> offlineSaleRecorded(ActivityService activity) {
        return new CrmEventHandler<>(OfflineSaleRecorded.class, e -> activity.offlineSale(e.data(), e.time()),
            events -> activity.offlineSales(events.stream().map(EventEnvelope::data).toList(),
                events.stream().map(EventEnvelope::time).toList()));
    }

    public static CrmEventHandler<ProductDrafted> productDrafted(ActivityService activity) {
        return product(ProductDrafted.class, activity);
    }

    public static CrmEventHandler<ProductPublished> productPublished(ActivityService activity) {
        return product(ProductPublished.class, activity);
    }

    public static CrmEventHandler<ProductUpdated> productUpdated(ActivityService activity) {
        return product(ProductUpdated.class, activity);
    }

    public static CrmEventHandler<ProductPriceChanged> productPriceChanged(ActivityService activity) {
        return product(ProductPriceChanged.class, activity);
    }

    public static CrmEventHandler<ProductDiscontinued> productDiscontinued(ActivityService activity) {
        return product(ProductDiscontinued.class, activity);
    }

    private static <E extends ProductEvent> CrmEventHandler<E> product(Class<E> type, ActivityService activity) {
        return new CrmEventHandler<>(type, e -> activity.productsChanged(List.of(versioned(e))),
            events -> activity.productsChanged(events.stream().map(ActivityHandlers::versioned).toList()));
    }

    private static ProductFactsSource.Versioned versioned(EventEnvelope<? extends ProductEvent> event) {
        ProductSnapshot p = event.data().product();
        return new ProductFactsSource.Versioned(p.manufacturerId(), new ProductFacts(p.sku(), p.category(), p.segment(),
            p.cctKelvin(), p.listPrice().amountMinor()), p.version());
    }
}
