package com.lumenbridge.order.order.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.testing.InMemoryMongo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A claim is one insert when the key is new; a live claim of the key wins over a second request, and
 * an expired one gives way to it.
 */
class MongoIdempotencyKeysTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration RETENTION = Duration.ofHours(24);

    private InMemoryMongo mongo;
    private MongoIdempotencyKeys keys;

    @BeforeEach
    void start() {
        mongo = InMemoryMongo.start();
        keys = new MongoIdempotencyKeys(mongo.database("idempotency-keys-test"));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aNewKeyIsClaimedAndALiveClaimWinsOverASecondRequest() {
        assertThat(claim("key-1", "order-a", T0)).isNull();

        MongoIdempotencyKeys.Claim second = claim("key-1", "order-b", T0.plusSeconds(5));

        assertThat(second).isNotNull();
        assertThat(second.orderId()).isEqualTo("order-a");
        assertThat(second.answer().body()).isEqualTo("{\"id\":\"order-a\"}");
        assertThat(keys.find("storefront", "key-1", T0.plusSeconds(6))).get()
            .extracting(MongoIdempotencyKeys.Claim::orderId).isEqualTo("order-a");
    }

    @Test
    void anExpiredClaimGivesWayToTheNextRequestWithThatKey() {
        assertThat(claim("key-1", "order-a", T0)).isNull();
        Instant later = T0.plus(RETENTION).plusSeconds(1);

        assertThat(keys.find("storefront", "key-1", later)).isEmpty();
        assertThat(claim("key-1", "order-b", later)).isNull();

        assertThat(keys.find("storefront", "key-1", later.plusSeconds(1))).get()
            .extracting(MongoIdempotencyKeys.Claim::orderId).isEqualTo("order-b");
    }

    @Test
    void keysArePerTenant() {
        assertThat(claim("key-1", "order-a", T0)).isNull();
        assertThat(keys.claim("other-storefront", "key-1", new MongoIdempotencyKeys.Claim("hash", "order-b", T0,
            new MongoIdempotencyKeys.FirstAnswer(202, "{}")), "aurora", List.of(), T0.plus(RETENTION))).isEmpty();
    }

    /** The claim already there, or null when this call claimed the key. */
    private MongoIdempotencyKeys.Claim claim(String key, String orderId, Instant at) {
        return keys.claim("storefront", key, new MongoIdempotencyKeys.Claim("hash", orderId, at,
                new MongoIdempotencyKeys.FirstAnswer(202, "{\"id\":\"" + orderId + "\"}")), "aurora", List.of("email:x"),
            at.plus(RETENTION)).orElse(null);
    }
}
