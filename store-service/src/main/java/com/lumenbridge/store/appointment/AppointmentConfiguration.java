package com.lumenbridge.store.appointment;

import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.lumenbridge.store.StoreProperties;
import com.lumenbridge.store.appointment.application.AppointmentService;
import com.lumenbridge.store.appointment.persistence.Appointments;
import com.lumenbridge.store.appointment.persistence.SlotPlaces;
import com.lumenbridge.store.location.application.LocationService;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AppointmentConfiguration {

    @Bean
    Appointments appointments(MongoDatabase database, Outbox outbox) {
        return new Appointments(database, outbox);
    }

    @Bean
    SlotPlaces slotPlaces(MongoDatabase database, Clock clock) {
        return new SlotPlaces(database, clock);
    }

    @Bean
    AppointmentService appointmentService(Appointments appointments, SlotPlaces places, LocationService locations,
            Clock clock, MeterRegistry meters) {
        AppointmentService.outcomes().forEach(o -> meters.counter(AppointmentService.METER, "outcome", o));
        return new AppointmentService(appointments, places, locations, clock, meters);
    }

    /** Gives back places a crash left taken: at start-up and then periodically. */
    @Bean
    PeriodicJobs appointmentJobs(AppointmentService appointments, StoreProperties properties) {
        StoreProperties.Appointments settings = properties.appointments();
        return new PeriodicJobs("appointment-jobs")
            .every("place-repair", Duration.ZERO, settings.repairInterval(), () -> appointments.repair(settings.staleAfter()));
    }
}
