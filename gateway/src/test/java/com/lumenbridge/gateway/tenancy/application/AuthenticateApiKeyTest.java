package com.lumenbridge.gateway.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.MutableClock;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Authenticated;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Authentication;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Reason;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Rejected;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.ApiKeySecret;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AuthenticateApiKeyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final InMemoryTenancy store = new InMemoryTenancy();
    private final MutableClock clock = new MutableClock(NOW);
    private final FakeTicker ticker = new FakeTicker();
    private final AuthenticateApiKey authentication = new AuthenticateApiKey(store.apiKeys(), clock,
        Duration.ofSeconds(30), Duration.ofSeconds(5), this::load, ticker::read);
    /** Store lookups run at once, unless a test holds them back to look at what happens meanwhile. */
    private final java.util.Deque<Runnable> heldLoads = new java.util.ArrayDeque<>();
    private boolean holdLoads;
    private final Tenant dealer = Tenant.register(new TenantId("dealer"), "Dealer", "DEALER", NOW);
    private final ApiKeySecret secret = ApiKeySecret.generate(new SecureRandom());

    @Test
    void findsAKeyOnceAndThenRemembersIt() {
        ApiKey key = store(null);

        Authentication first = authenticate(secret.value());
        Authentication second = authenticate(secret.value());

        assertThat(first).isEqualTo(new Authenticated(key));
        assertThat(second).isEqualTo(new Authenticated(key));
        assertThat(store.hashLookups).hasValue(1);
    }

    @Test
    void remembersAnUnknownKeyToo() {
        assertThat(authenticate("lbk_guess")).isEqualTo(new Rejected(Reason.UNKNOWN));
        assertThat(authenticate("lbk_guess")).isEqualTo(new Rejected(Reason.UNKNOWN));
        assertThat(store.hashLookups).hasValue(1);
    }

    @Test
    void refusesACachedKeyTheMomentItExpires() {
        store(NOW.plusSeconds(10));
        assertThat(authenticate(secret.value())).isInstanceOf(Authenticated.class);

        clock.advance(Duration.ofSeconds(10));

        assertThat(authenticate(secret.value())).isEqualTo(new Rejected(Reason.EXPIRED));
    }

    @Test
    void forgetsARevokedKeyAtOnce() {
        ApiKey key = store(null);
        assertThat(authenticate(secret.value())).isInstanceOf(Authenticated.class);
        RevokeApiKey revoke = new RevokeApiKey(store.apiKeys(), List.of(authentication), clock);

        revoke.revoke(key.id().value());

        assertThat(authenticate(secret.value())).isEqualTo(new Rejected(Reason.REVOKED));
        assertThat(store.hashLookups).hasValue(2);
    }

    @Test
    void looksAKeyInUpAgainInTheBackgroundSoItsRequestsNeverWaitForTheStore() {
        ApiKey key = store(null);
        assertThat(authenticate(secret.value())).isInstanceOf(Authenticated.class);

        ticker.advance(Duration.ofSeconds(19));
        assertThat(authenticate(secret.value())).isInstanceOf(Authenticated.class);
        assertThat(store.hashLookups).as("within two thirds of the 30 s").hasValue(1);

        // revoked through another instance: this one learns it from the store
        store.apiKeys().save(key.revoke(NOW));
        ticker.advance(Duration.ofSeconds(2));
        holdLoads = true;
        CompletableFuture<Authentication> duringRefresh = authentication.authenticate(secret.value());

        assertThat(duringRefresh).as("answered at once, with the key as last found").isCompletedWithValue(new Authenticated(key));
        assertThat(heldLoads).as("and looked up again in the background").hasSize(1);
        holdLoads = false;
        heldLoads.poll().run();
        assertThat(store.hashLookups).hasValue(2);
        assertThat(authenticate(secret.value())).isEqualTo(new Rejected(Reason.REVOKED));
    }

    /**
     * Keys found together are not looked up together again: each is refreshed at its own time
     * between half and two thirds of the 30 s, and a key being refreshed is asked for once.
     */
    @Test
    void spreadsTheLookupsOfKeysFoundTogether() {
        double[] spreads = {0.0, 1.0};
        int[] next = {0};
        AuthenticateApiKey spread = new AuthenticateApiKey(store.apiKeys(), clock, Duration.ofSeconds(30),
            Duration.ofSeconds(5), this::load, ticker::read, () -> spreads[next[0]++ % 2]);
        ApiKeySecret otherSecret = ApiKeySecret.generate(new SecureRandom());
        store(null);
        store.apiKeys().add(ApiKey.issue(ApiKeyId.random(), dealer, otherSecret.hash(), List.of("stores:read"), null, NOW));
        assertThat(spread.authenticate(secret.value()).join()).isInstanceOf(Authenticated.class);
        assertThat(spread.authenticate(otherSecret.value()).join()).isInstanceOf(Authenticated.class);
        assertThat(store.hashLookups).hasValue(2);

        ticker.advance(Duration.ofSeconds(14));
        spread.authenticate(secret.value()).join();
        spread.authenticate(otherSecret.value()).join();
        assertThat(store.hashLookups).as("neither is due before half the time").hasValue(2);

        ticker.advance(Duration.ofSeconds(2));
        holdLoads = true;
        spread.authenticate(secret.value()).join();
        spread.authenticate(secret.value()).join();
        spread.authenticate(otherSecret.value()).join();
        assertThat(heldLoads).as("at 16 s the first key, once, and not the other").hasSize(1);
        holdLoads = false;
        heldLoads.poll().run();
        assertThat(store.hashLookups).hasValue(3);

        ticker.advance(Duration.ofSeconds(5));
        spread.authenticate(otherSecret.value()).join();
        assertThat(store.hashLookups).as("at 21 s the other").hasValue(4);
    }

    @Test
    void forgetsAKeyNotUsedForTheWholeTime() {
        store(null);
        assertThat(authenticate(secret.value())).isInstanceOf(Authenticated.class);

        ticker.advance(Duration.ofSeconds(31));

        assertThat(authenticate(secret.value())).isInstanceOf(Authenticated.class);
        assertThat(store.hashLookups).hasValue(2);
    }

    private void load(Runnable lookup) {
        if (holdLoads) {
            heldLoads.add(lookup);
        } else {
            lookup.run();
        }
    }

    private ApiKey store(Instant expiresAt) {
        ApiKey key = ApiKey.issue(ApiKeyId.random(), dealer, secret.hash(), List.of("stores:read"), expiresAt, NOW);
        store.apiKeys().add(key);
        return key;
    }

    private Authentication authenticate(String presented) {
        return authentication.authenticate(presented).join();
    }

    /** Caffeine's clock, moved by hand. */
    private static final class FakeTicker {

        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }
}
