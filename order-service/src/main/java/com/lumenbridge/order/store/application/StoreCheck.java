package com.lumenbridge.order.store.application;

import com.lumenbridge.order.order.domain.FulfillmentType;
import com.lumenbridge.order.store.domain.Store;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, before an in-store order is stored, that its store exists for the storefront, is a
 * store, carries the order's manufacturer and offers the service the fulfilment needs. Only an
 * answer refuses: store-service down, slow, erroring or its breaker open lets the order through as
 * PENDING, because DESIGN.md has orders wait while store-service is down, and store-service checks
 * the store again when it reserves (UNKNOWN_LOCATION, LOCATION_NOT_ELIGIBLE). A store that was found
 * is remembered for {@code cacheFor} per storefront, so a burst of orders for one store costs one
 * read; a 404 is not remembered, so a store registered a moment later is found at once.
 */
public class StoreCheck {

    static final String NO_SUCH_STORE = "no such store";
    private static final Logger log = LoggerFactory.getLogger(StoreCheck.class);
    private static final int MAX_REMEMBERED = 10_000;

    private final StoreClient client;
    private final Clock clock;
    private final Duration cacheFor;
    private final MeterRegistry meters;
    private final Map<String, Remembered> found = new ConcurrentHashMap<>();

    public StoreCheck(StoreClient client, Clock clock, Duration cacheFor, MeterRegistry meters) {
        this.client = client;
        this.clock = clock;
        this.cacheFor = cacheFor;
        this.meters = meters;
    }

    /** A check that reads nothing and refuses nothing, for while the check is switched off. */
    public static StoreCheck off() {
        return new StoreCheck(null, Clock.systemUTC(), Duration.ZERO, null);
    }

    private record Remembered(Store store, Instant until) {
    }

    /**
     * Why the storefront behind {@code token} cannot have a {@code fulfillment} order of
     * {@code manufacturerId}'s products fulfilled at {@code storeId}; empty when it can, or when
     * store-service cannot say.
     */
    public Optional<String> refusal(String storefrontId, String token, String storeId, String manufacturerId,
            FulfillmentType fulfillment) {
        if (client == null) {
            return Optional.empty();
        }
        String key = storefrontId + "|" + storeId;
        Instant now = clock.instant();
        Remembered remembered = found.get(key);
        boolean cached = remembered != null && remembered.until().isAfter(now);
        Store store;
        if (cached) {
            store = remembered.store();
        } else {
            Optional<Store> answer;
            try {
                answer = client.store(storeId, token);
            } catch (StoreClient.StoreUnavailable e) {
                log.warn("store-service could not be read for store {}; the order waits as PENDING for it: {}", storeId,
                    e.getMessage());
                return counted("unavailable", false, Optional.empty());
            }
            if (answer.isEmpty()) {
                return counted("unknown", false, Optional.of(NO_SUCH_STORE));
            }
            store = answer.get();
            remember(key, store, now);
        }
        Optional<String> refusal = store.refusal(manufacturerId, fulfillment);
        return counted(refusal.isPresent() ? "unfit" : "fit", cached, refusal);
    }

    private void remember(String key, Store store, Instant now) {
        if (found.size() >= MAX_REMEMBERED) {
            found.values().removeIf(r -> !r.until().isAfter(now));
            if (found.size() >= MAX_REMEMBERED) {
                found.clear();
            }
        }
        found.put(key, new Remembered(store, now.plus(cacheFor)));
    }

    private Optional<String> counted(String outcome, boolean cached, Optional<String> refusal) {
        meters.counter("lumenbridge.orders.store.checks", "outcome", outcome, "cached", Boolean.toString(cached)).increment();
        return refusal;
    }
}
