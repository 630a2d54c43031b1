package com.lumenbridge.crm.profile;

import com.lumenbridge.crm.profile.application.ActivityService;
import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.CustomerService;
import com.lumenbridge.crm.profile.application.Identities;
import com.lumenbridge.crm.profile.application.Links;
import com.lumenbridge.crm.profile.application.Memberships;
import com.lumenbridge.crm.profile.application.ProductFactsSource;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.profile.messaging.ActivityHandlers;
import com.lumenbridge.crm.profile.messaging.CrmEventHandler;
import com.lumenbridge.crm.profile.persistence.MongoIdentities;
import com.lumenbridge.crm.profile.persistence.MongoLinks;
import com.lumenbridge.crm.profile.persistence.MongoProductFacts;
import com.lumenbridge.crm.profile.persistence.MongoProfiles;
import com.lumenbridge.platform.events.catalog.ProductDiscontinued;
import com.lumenbridge.platform.events.catalog.ProductDrafted;
import com.lumenbridge.platform.events.catalog.ProductPriceChanged;
import com.lumenbridge.platform.events.catalog.ProductPublished;
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
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

    /** Listener threads per consumed topic; Kafka gives each partition to one, so per-key order holds. */
    private final int listenerThreads;

    ProfileConfiguration(@Value("${lumenbridge.crm.events.listener-threads:2}") int listenerThreads) {
        this.listenerThreads = listenerThreads;
    }

    @Bean
    MongoProfiles profiles(MongoDatabase database, Outbox outbox, JsonMapper json) {
        return new MongoProfiles(database, outbox, json);
    }

    @Bean
    Identities identities(MongoDatabase database) {
        return new MongoIdentities(database);
    }

    @Bean
    Links links(MongoDatabase database) {
        return new MongoLinks(database);
    }

    @Bean
    ProductFactsSource productFacts(MongoDatabase database, Clock clock,
            @Value("${lumenbridge.crm.products.cache-max-age:30s}") Duration maxAge) {
        return new MongoProductFacts(database, clock, maxAge);
    }

    @Bean
    CrmMetrics crmMetrics(MeterRegistry meters) {
        return new CrmMetrics(meters);
    }

    @Bean
    ProfileService profileService(Profiles profiles, Identities identities, Memberships memberships, CrmMetrics metrics,
            Clock clock) {
        return new ProfileService(profiles, identities, memberships, metrics, clock);
    }

    @Bean
    ActivityService activityService(ProfileService profiles, Links links, ProductFactsSource products,
            CrmMetrics metrics, Clock clock) {
        return new ActivityService(profiles, links, products, metrics, clock);
    }

    @Bean
    CustomerService customerService(Profiles profiles, Identities identities, ProfileService profileService) {
        return new CustomerService(profiles, identities, profileService);
    }

    /** RFM recency decays and time-relative segment rules move with time alone: recompute every active profile. */
    @Bean
    PeriodicJobs rfmJobs(Profiles profiles, ProfileService profileService,
            @Value("${lumenbridge.crm.rfm.interval:6h}") Duration interval) {
        return new PeriodicJobs("crm-rfm")
            .every("rfm", interval, interval, () -> profiles.forEachActiveId(profileService::recompute));
    }

    @Bean
    CrmEventHandler<OrderPlaced> crmOrderPlaced(ActivityService a) {
        return ActivityHandlers.orderPlaced(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderConfirmed> crmOrderConfirmed(ActivityService a) {
        return ActivityHandlers.orderConfirmed(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderRejected> crmOrderRejected(ActivityService a) {
        return ActivityHandlers.orderRejected(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderReadyForPickup> crmOrderReadyForPickup(ActivityService a) {
        return ActivityHandlers.orderReadyForPickup(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderCompleted> crmOrderCompleted(ActivityService a) {
        return ActivityHandlers.orderCompleted(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderDeclined> crmOrderDeclined(ActivityService a) {
        return ActivityHandlers.orderDeclined(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderCancelled> crmOrderCancelled(ActivityService a) {
        return ActivityHandlers.orderCancelled(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OrderExpired> crmOrderExpired(ActivityService a) {
        return ActivityHandlers.orderExpired(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<AppointmentBooked> crmAppointmentBooked(ActivityService a) {
        return ActivityHandlers.appointmentBooked(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<AppointmentAttended> crmAppointmentAttended(ActivityService a) {
        return ActivityHandlers.appointmentAttended(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<AppointmentCancelled> crmAppointmentCancelled(ActivityService a) {
        return ActivityHandlers.appointmentCancelled(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<AppointmentNoShow> crmAppointmentNoShow(ActivityService a) {
        return ActivityHandlers.appointmentNoShow(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<VisitRecorded> crmVisitRecorded(ActivityService a) {
        return ActivityHandlers.visitRecorded(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<OfflineSaleRecorded> crmOfflineSaleRecorded(ActivityService a) {
        return ActivityHandlers.offlineSaleRecorded(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<ProductDrafted> crmProductDrafted(ActivityService a) {
        return ActivityHandlers.productDrafted(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<ProductPublished> crmProductPublished(ActivityService a) {
        return ActivityHandlers.productPublished(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<ProductUpdated> crmProductUpdated(ActivityService a) {
        return ActivityHandlers.productUpdated(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<ProductPriceChanged> crmProductPriceChanged(ActivityService a) {
        return ActivityHandlers.productPriceChanged(a).withConcurrency(listenerThreads);
    }

    @Bean
    CrmEventHandler<ProductDiscontinued> crmProductDiscontinued(ActivityService a) {
        return ActivityHandlers.productDiscontinued(a).withConcurrency(listenerThreads);
    }
}
