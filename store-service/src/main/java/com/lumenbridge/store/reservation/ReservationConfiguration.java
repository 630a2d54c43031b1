package com.lumenbridge.store.reservation;

import com.lumenbridge.platform.scheduling.PeriodicJobs;
import java.time.Duration;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.StoreProperties;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.reservation.application.ReservationService;
import com.lumenbridge.store.reservation.domain.HoldPolicy;
import com.lumenbridge.store.reservation.messaging.OrderEventHandlers;
import com.lumenbridge.store.reservation.persistence.MongoReservations;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReservationConfiguration {

    @Bean
    MongoReservations mongoReservations(MongoDatabase database, Outbox outbox, Clock clock) {
        return new MongoReservations(database, outbox, clock);
    }

    @Bean
    ReservationService reservationService(MongoReservations reservations, StockLedger stock, MongoLocations locations,
            Partnerships partnerships, StoreProperties properties, Clock clock, MeterRegistry meters) {
        // every outcome's series exists from the start, so a dashboard shows 0 rather than no data
        for (String outcome : java.util.List.of("reserved", "rejected", "released", "committed", "expired")) {
            meters.counter("lumenbridge.store.reservations", "outcome", outcome);
        }
        StoreProperties.Hold hold = properties.hold();
        return new ReservationService(reservations, stock, locations, partnerships,
            new HoldPolicy(hold.pickup(), hold.reserveAndTry(), hold.delivery()), clock, meters);
    }

    /**
     * Recovery once at start-up and then periodically, and hold expiry periodically. Instances may
     * overlap, which every step tolerates.
     */
    @Bean
    PeriodicJobs reservationJobs(ReservationService reservations, StoreProperties properties) {
        StoreProperties.Reservations settings = properties.reservations();
        return new PeriodicJobs("reservation-jobs")
            .every("recovery", Duration.ZERO, settings.recoveryInterval(), () -> reservations.recover(settings.staleAfter()))
            .every("expiry", settings.expiryInterval(), settings.expiryInterval(), reservations::expireDue);
    }

    @Bean
    OrderEventHandlers.Placed orderPlacedHandler(ReservationService reservations) {
        return new OrderEventHandlers.Placed(reservations);
    }

    @Bean
    OrderEventHandlers.Cancelled orderCancelledHandler(ReservationService reservations) {
        return new OrderEventHandlers.Cancelled(reservations);
    }

    @Bean
    OrderEventHandlers.Declined orderDeclinedHandler(ReservationService reservations) {
        return new OrderEventHandlers.Declined(reservations);
    }

    @Bean
    OrderEventHandlers.Completed orderCompletedHandler(ReservationService reservations) {
        return new OrderEventHandlers.Completed(reservations);
    }
}
