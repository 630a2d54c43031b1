package com.lumenbridge.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** store-service settings under {@code lumenbridge.store}. */
@ConfigurationProperties("lumenbridge.store")
public record StoreProperties(@DefaultValue Hold hold, @DefaultValue Reservations reservations,
        @DefaultValue Appointments appointments, @DefaultValue Sales sales, @DefaultValue Metrics metrics) {

    /** How long stock is held per fulfillment type. */
    public record Hold(@DefaultValue("72h") Duration pickup, @DefaultValue("48h") Duration reserveAndTry,
            @DefaultValue("168h") Duration delivery) {
    }

    /**
     * {@code staleAfter}: a reservation left {@code PENDING} this long is taken over by recovery; far longer than
     * any live attempt takes. The intervals say how often recovery and expiry run.
     */
    public record Reservations(@DefaultValue("15s") Duration staleAfter, @DefaultValue("10s") Duration recoveryInterval,
            @DefaultValue("30s") Duration expiryInterval) {
    }

    /**
     * {@code staleAfter}: a slot place taken this long ago without a live appointment is given back; far
     * longer than writing an appointment takes.
     */
    public record Appointments(@DefaultValue("60s") Duration staleAfter, @DefaultValue("60s") Duration repairInterval) {
    }

    /** {@code staleAfter}: an offline sale left {@code PENDING} this long is finished or rolled back by recovery. */
    public record Sales(@DefaultValue("15s") Duration staleAfter, @DefaultValue("10s") Duration recoveryInterval) {
    }

    /** How often gauges that need a query (the low-stock count) are refreshed. */
    public record Metrics(@DefaultValue("30s") Duration refreshInterval) {
    }
}
