package com.lumenbridge.store.visit;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.store.location.application.LocationService;
import com.lumenbridge.store.visit.application.VisitService;
import com.lumenbridge.store.visit.persistence.Visits;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VisitConfiguration {

    @Bean
    Visits visits(MongoDatabase database, Outbox outbox) {
        return new Visits(database, outbox);
    }

    @Bean
    VisitService visitService(Visits visits, LocationService locations, Clock clock, MeterRegistry meters) {
        meters.counter(VisitService.METER, "identified", "true");
        meters.counter(VisitService.METER, "identified", "false");
        return new VisitService(visits, locations, clock, meters);
    }
}
