package com.lumenbridge.store.inventory;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.inventory.application.InventoryService;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.application.LocationService;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    @Bean
    StockLedger stockLedger(MongoDatabase database, Outbox outbox, Clock clock) {
        return new StockLedger(database, outbox, clock);
    }

    @Bean
    InventoryService inventoryService(StockLedger ledger, LocationService locations) {
        return new InventoryService(ledger, locations);
    }
}
