package com.lumenbridge.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** store-service settings under {@code lumenbridge.store}. */
@ConfigurationProperties("lumenbridge.store")
public record StoreProperties(@DefaultValue Hold hold, @DefaultValue Reservations reservations) {

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
}
