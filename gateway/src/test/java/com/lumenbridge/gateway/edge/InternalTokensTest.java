package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.MutableClock;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.ApiKeySecret;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InternalTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicLong tickerNanos = new AtomicLong();
    /** Background mints and the cache's upkeep wait here until a test runs them, so what callers get meanwhile can be seen. */
    private final Deque<Runnable> heldMints = new ArrayDeque<>();
    private final InternalTokenIssuer issuer =
        new InternalTokenIssuer((ECPrivateKey) InternalTokenKeys.generate().getPrivate(), LIFETIME, clock);
    /** Renews every token at the start of its renewal window (a quarter lifetime). */
    private final InternalTokens tokens = new InternalTokens(issuer, heldMints::add, tickerNanos::get, () -> 0.0);
    private final Tenant storefront = Tenant.register(new TenantId("shop"), "Shop", "STOREFRONT", NOW);
    private final Tenant otherStorefront = Tenant.register(new TenantId("other-shop"), "Other shop", "STOREFRONT", NOW);

    @Test
    void reusesOneTokenPerCallerAndNamesTheCaller() throws ParseException {
        ApiKey key = key(storefront, "catalog:read");
        ApiKey sameCaller = key(storefront, "catalog:read");
        ApiKey otherScopes = key(storefront, "catalog:read", "orders:write");
        ApiKey otherTenant = key(otherStorefront, "catalog:read");

        String token = token(key);

        assertThat(token(key)).isEqualTo(token);
        assertThat(token(sameCaller)).isEqualTo(token);
        assertThat(token(otherScopes)).isNotEqualTo(token);
        assertThat(claims(token(otherScopes)).getStringListClaim("scope"))
            .containsExactly("catalog:read", "orders:write");
        assertThat(claims(token(otherTenant)).getSubject()).isEqualTo("other-shop");
        assertThat(claims(token).getSubject()).isEqualTo("shop");
        assertThat(claims(token).getExpirationTime().toInstant()).isEqualTo(NOW.plus(LIFETIME));
    }

    @Test
    void aCallerWithoutATokenWaitsForItsSignatureOffTheRequestsThread() {
        ApiKey key = key(storefront, "catalog:read");

        CompletableFuture<String> pending = tokens.forKey(key);

        assertThat(pending).as("signed on the minting executor, not here").isNotDone();
        assertThat(tokens.heldFor(key)).as("the fast path does not wait for it").isNull();
        runHeldMints();
        assertThat(pending).isCompleted();
        assertThat(tokens.heldFor(key)).isEqualTo(pending.join());
    }

    @Test
    void mintsATokenInUseAgainInTheBackgroundWhileItsCallersGoOn() throws ParseException {
        ApiKey key = key(storefront, "catalog:read");
        String first = token(key);

        pass(Duration.ofSeconds(16));
        String meanwhile = tokens.heldFor(key);

        assertThat(meanwhile).as("the caller is not kept waiting for a signature").isEqualTo(first);
        runHeldMints();
        String renewed = tokens.heldFor(key);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(claims(renewed).getIssueTime().toInstant()).isEqualTo(NOW.plusSeconds(16));
    }

    @Test
    void spreadsRenewalsOverAnEighthOfTheLifetimeAfterTheQuarter() throws ParseException {
        InternalTokens latest = new InternalTokens(issuer, heldMints::add, tickerNanos::get, () -> 1.0);
        ApiKey key = key(storefront, "catalog:read");
        CompletableFuture<String> pending = latest.forKey(key);
        runHeldMints();
        String first = pending.join();

        pass(Duration.ofSeconds(22));
        assertThat(latest.heldFor(key)).isEqualTo(first);
        runHeldMints();
        assertThat(latest.heldFor(key)).as("not renewed before 22.5 s").isEqualTo(first);

        pass(Duration.ofSeconds(1));
        assertThat(latest.heldFor(key)).isEqualTo(first);
        runHeldMints();
        String renewed = latest.heldFor(key);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(claims(renewed).getIssueTime().toInstant()).isEqualTo(NOW.plusSeconds(23));
    }

    @Test
    void asksForOneRenewalHoweverManyCallsFindTheTokenDue() {
        ApiKey key = key(storefront, "catalog:read");
        token(key);

        pass(Duration.ofSeconds(16));
        for (int i = 0; i < 5; i++) {
            tokens.heldFor(key);
        }

        assertThat(heldMints).hasSize(1);
    }

    @Test
    void neverHandsOutATokenWithLessThanHalfItsLifetimeLeft() throws ParseException {
        ApiKey key = key(storefront, "catalog:read");
        String first = token(key);

        pass(LIFETIME.dividedBy(2).plusMillis(1));

        assertThat(tokens.heldFor(key)).as("expired, and not handed out while its successor is minted").isNull();
        String next = token(key);
        assertThat(next).isNotEqualTo(first);
        assertThat(claims(next).getIssueTime().toInstant()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aRevokedKeysTokenIsNotReused() {
        ApiKey key = key(storefront, "catalog:read");
        String first = token(key);
        clock.advance(Duration.ofSeconds(1));

        tokens.revoked(key);

        assertThat(token(key)).isNotEqualTo(first);
    }

    @Test
    void theGatewaysOwnTokenNamesTheGateway() throws ParseException {
        CompletableFuture<String> pending = tokens.forGateway();
        runHeldMints();
        String token = pending.join();

        assertThat(tokens.forGateway()).isCompletedWithValue(token);
        assertThat(claims(token).getSubject()).isEqualTo(InternalTokens.GATEWAY.tenantId());
        assertThat(claims(token).getStringClaim("kind")).isEqualTo("OPERATOR");
    }

    @Test
    void signaturesAreMadeOneAtATimeOnAThreadOfTheirOwn() throws InterruptedException {
        ExecutorService minting = InternalTokens.mintingThread();
        try {
            CountDownLatch secondStarted = new CountDownLatch(1);
            AtomicBoolean overlapped = new AtomicBoolean();
            AtomicReference<String> thread = new AtomicReference<>();
            minting.execute(() -> {
                thread.set(Thread.currentThread().getName());
                try {
                    overlapped.set(secondStarted.await(300, TimeUnit.MILLISECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            minting.execute(secondStarted::countDown);

            assertThat(secondStarted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(overlapped).as("the second mint ran while the first was still signing").isFalse();
            assertThat(thread.get()).isEqualTo("internal-token-mints");
        } finally {
            minting.shutdownNow();
        }
    }

    /** The caller's token, minting it first if it is not held. */
    private String token(ApiKey key) {
        CompletableFuture<String> token = tokens.forKey(key);
        runHeldMints();
        return token.join();
    }

    private void pass(Duration duration) {
        clock.advance(duration);
        tickerNanos.addAndGet(duration.toNanos());
    }

    private void runHeldMints() {
        while (!heldMints.isEmpty()) {
            heldMints.poll().run();
        }
    }

    private ApiKey key(Tenant tenant, String... scopes) {
        return ApiKey.issue(ApiKeyId.random(), tenant, ApiKeySecret.generate(new SecureRandom()).hash(), List.of(scopes),
            null, NOW);
    }

    private static JWTClaimsSet claims(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }
}
