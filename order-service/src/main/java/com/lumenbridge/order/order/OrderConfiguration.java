package com.lumenbridge.order.order;

import com.lumenbridge.order.OrderProperties;
import com.lumenbridge.order.catalog.application.Offers;
import com.lumenbridge.order.order.application.OrderService;
import com.lumenbridge.order.order.messaging.CustomerErasedHandler;
import com.lumenbridge.order.order.messaging.StoreEventHandlers;
import com.lumenbridge.order.order.persistence.MongoIdempotencyKeys;
import com.lumenbridge.order.order.persistence.MongoOrders;
import com.lumenbridge.order.store.application.StoreCheck;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderConfiguration {

    @Bean
    MongoOrders mongoOrders(MongoDatabase database, Outbox outbox) {
        return new MongoOrders(database, outbox);
    }

    @Bean
    MongoIdempotencyKeys mongoIdempotencyKeys(MongoDatabase database) {
        return new MongoIdempotencyKeys(database);
    }

    @Bean
    OrderService orderService(MongoOrders orders, MongoIdempotencyKeys keys, Offers offers, StoreCheck stores, Clock clock,
            OrderProperties properties, MeterRegistry meters) {
        return new OrderService(orders, keys, offers, stores, clock, properties.idempotency().retention(), meters);
    }

    /** Forgets idempotency keys past their retention (mongo-java-server has no TTL index to do it). */
    @Bean
    PeriodicJobs orderJobs(OrderService orders, OrderProperties properties) {
        return new PeriodicJobs("order-jobs")
            .every("idempotency-purge", properties.idempotency().purgeInterval(), properties.idempotency().purgeInterval(),
                orders::purgeExpiredKeys);
    }

    @Bean
    StoreEventHandlers.Reserved inventoryReservedHandler(OrderService orders) {
        return new StoreEventHandlers.Reserved(orders);
    }

    @Bean
    StoreEventHandlers.Rejected inventoryRejectedHandler(OrderService orders) {
        return new StoreEventHandlers.Rejected(orders);
    }

    @Bean
    StoreEventHandlers.Expired reservationExpiredHandler(OrderService orders) {
        return new StoreEventHandlers.Expired(orders);
    }

    @Bean
    CustomerErasedHandler customerErasedHandler(OrderService orders) {
        return new CustomerErasedHandler(orders);
    }
}
