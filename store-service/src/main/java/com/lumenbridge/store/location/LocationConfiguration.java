package com.lumenbridge.store.location;

import com.lumenbridge.store.appointment.persistence.Appointments;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.location.persistence.MongoLocations;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LocationConfiguration {

    @Bean
    MongoLocations mongoLocations(MongoDatabase database) {
        return new MongoLocations(database);
    }

    @Bean
    LocationService locationService(MongoLocations locations, Partnerships partnerships, StockLedger stock, Clock clock,
            Appointments appointments) {
        return new LocationService(locations, partnerships, stock, clock,
            storeId -> appointments.hasUpcoming(storeId, clock.instant()));
    }
}
