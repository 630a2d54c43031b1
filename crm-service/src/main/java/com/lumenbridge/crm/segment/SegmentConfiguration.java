package com.lumenbridge.crm.segment;

import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.segment.application.SegmentMemberships;
import com.lumenbridge.crm.segment.application.SegmentService;
import com.lumenbridge.crm.segment.application.Segments;
import com.lumenbridge.crm.segment.persistence.MongoSegments;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SegmentConfiguration {

    @Bean
    Segments segments(MongoDatabase database) {
        return new MongoSegments(database);
    }

    @Bean
    SegmentMemberships memberships(Segments segments, JsonMapper json, CrmMetrics metrics, Clock clock) {
        return new SegmentMemberships(segments, s -> json.readValue(s, Object.class), metrics, clock);
    }

    /** Evaluates a new segment over the existing base, one segment at a time. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService segmentBackfill() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "crm-segment-backfill");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SegmentService segmentService(Segments segments, Profiles profiles, ProfileService profileService,
            ExecutorService segmentBackfill, Clock clock) {
        return new SegmentService(segments, profiles, profileService, segmentBackfill, clock);
    }

    /** Corrects size counters a crash between a profile write and its counter update left behind. */
    @Bean
    PeriodicJobs segmentJobs(SegmentService segments,
            @Value("${lumenbridge.crm.segments.recount-interval:10m}") Duration interval) {
        return new PeriodicJobs("crm-segments").every("recount", interval, interval, segments::recount);
    }
}
