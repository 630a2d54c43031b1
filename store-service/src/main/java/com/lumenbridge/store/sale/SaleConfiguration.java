package com.lumenbridge.store.sale;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.lumenbridge.store.StoreProperties;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.sale.application.OfflineSaleService;
import com.lumenbridge.store.sale.persistence.OfflineSales;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SaleConfiguration {

    @Bean
    OfflineSales offlineSales(MongoDatabase database, Outbox outbox, Clock clock) {
        return new OfflineSales(database, outbox, clock);
    }

    @Bean
    OfflineSaleService offlineSaleService(OfflineSales sales, StockLedger stock, LocationService locations,
            MongoLocations stores, Clock clock, MeterRegistry meters) {
        meters.counter(OfflineSaleService.METER, "outcome", "recorded");
        meters.counter(OfflineSaleService.METER, "outcome", "refused");
        meters.counter(OfflineSaleService.UNITS_METER);
        return new OfflineSaleService(sales, stock, locations, stores, clock, meters);
    }

    /** Finishes or rolls back sales a crash left half-done: once at start-up, then periodically. */
    @Bean
    PeriodicJobs saleJobs(OfflineSaleService sales, StoreProperties properties) {
        StoreProperties.Sales settings = properties.sales();
        return new PeriodicJobs("sale-jobs")
            .every("recovery", Duration.ZERO, settings.recoveryInterval(), () -> sales.recover(settings.staleAfter()));
    }
}
