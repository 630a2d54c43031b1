package com.lumenbridge.crm.profile.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The CRM's business meters: events processed by type, event-to-profile delay, import rows, segment evaluations, merges. */
public class CrmMetrics {

    private final MeterRegistry meters;
    private final Timer delay;

    public CrmMetrics(MeterRegistry meters) {
        this.meters = meters;
        // at zero from start-up, so the import-progress panel has a series before the first import
        for (String outcome : new String[] {"created", "updated", "unchanged", "failed"}) {
            importRows(outcome);
        }
        this.delay = Timer.builder("lumenbridge.crm.event.to.profile.delay")
            .description("From an event's publication (ce_time) to the profile reflecting it")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
    }

    public void processed(String eventType, String outcome) {
        Counter.builder("lumenbridge.crm.events.processed")
            .description("Events the CRM applied to profiles, by type and outcome")
            .tags("type", eventType, "outcome", outcome)
            .register(meters).increment();
    }

    public void delay(Duration duration) {
        if (!duration.isNegative()) {
            delay.record(duration);
        }
    }

    public void importRows(String outcome, long count) {
        Counter rows = importRows(outcome);
        if (count > 0) {
            rows.increment(count);
        }
    }

    private Counter importRows(String outcome) {
        return Counter.builder("lumenbridge.crm.import.rows").description("Legacy CRM rows imported, by outcome")
            .tag("outcome", outcome).register(meters);
    }

    public void segmentEvaluations(long count) {
        Counter.builder("lumenbridge.crm.segment.evaluations").description("Segment rules evaluated against a profile")
            .register(meters).increment(count);
    }

    public void merged() {
        Counter.builder("lumenbridge.crm.profiles.merged").description("Profiles merged into another").register(meters).increment();
    }
}
