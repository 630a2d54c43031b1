package com.lumenbridge.store.inventory;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.lumenbridge.store.StoreProperties;
import com.lumenbridge.store.inventory.application.InventoryService;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.application.LocationService;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    @Bean
    StockLedger stockLedger(MongoDatabase database, Outbox outbox, Clock clock) {
        return new StockLedger(database, outbox, clock);
    }

    /**
     * {@code lumenbridge.store.inventory.low.stock}: SKUs whose available stock is under their owner's
     * threshold, across all locations; counted by a periodic query rather than on every scrape.
     */
    @Bean
    PeriodicJobs inventoryMetricJobs(StockLedger ledger, MeterRegistry meters, StoreProperties properties) {
        AtomicLong lowStock = new AtomicLong();
        Gauge.builder("lumenbridge.store.inventory.low.stock", lowStock, AtomicLong::get)
            .description("SKUs at any location whose available stock is under the owner's low-stock threshold")
            .register(meters);
        Duration every = properties.metrics().refreshInterval();
        return new PeriodicJobs("inventory-metrics").every("low-stock", Duration.ZERO, every,
            () -> lowStock.set(ledger.countLowStock()));
    }

    @Bean
    InventoryService inventoryService(StockLedger ledger, LocationService locations) {
        return new InventoryService(ledger, locations);
    }
}
