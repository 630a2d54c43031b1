package com.lumenbridge.gateway.tenancy.application;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Finds the key a bearer token stands for. Lookups are cached (unknown keys too, for a shorter
 * time, so a client retrying a bad key does not reach MongoDB on every request). Expiry is judged
 * on every call against the clock, so a cached key still stops working the moment it expires.
 * Revocation evicts at once in this instance; other instances follow within the cache time.
 */
public class AuthenticateApiKey implements KeyRevocationListener {

    /** The outcome of presenting a key. */
    public sealed interface Authentication permits Authenticated, Rejected {
    }

    public record Authenticated(ApiKey key) implements Authentication {
    }

    public record Rejected(Reason reason) implements Authentication {
    }

    /** Why a presented key was refused. */
    public enum Reason {
        UNKNOWN,
        EXPIRED,
        REVOKED
    }

    private final AsyncLoadingCache<ApiKeyHash, Optional<ApiKey>> cache;
    private final Clock clock;

    /**
     * @param loads where the blocking MongoDB lookups run; never an event-loop thread
     */
    public AuthenticateApiKey(ApiKeys keys, Clock clock, Duration knownFor, Duration unknownFor, Executor loads) {
        this(keys, clock, knownFor, unknownFor, loads, Ticker.systemTicker());
    }

    /**
     * A key in use is looked up again in the background once two thirds of {@code knownFor} have
     * passed, while its requests go on with the key as last found: without that, every key's
     * entry expired every {@code knownFor} and its next requests all waited for MongoDB. A key not
     * used for {@code knownFor} still expires, so another instance's revocation is seen within
     * {@code knownFor} as before.
     */
    AuthenticateApiKey(ApiKeys keys, Clock clock, Duration knownFor, Duration unknownFor, Executor loads,
            Ticker ticker) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfter(Expiry.<ApiKeyHash, Optional<ApiKey>>writing(
                (hash, found) -> found.isPresent() ? knownFor : unknownFor))
            .refreshAfterWrite(knownFor.multipliedBy(2).dividedBy(3))
            .executor(loads)
            .ticker(ticker)
            .buildAsync(keys::findByHash);
    }

    /** Completes with the outcome; completes exceptionally only when the store cannot be read. */
    public CompletableFuture<Authentication> authenticate(String presentedKey) {
        return cache.get(ApiKeyHash.of(presentedKey)).thenApply(found -> found
            .<Authentication>map(this::judge)
            .orElseGet(() -> new Rejected(Reason.UNKNOWN)));
    }

    private Authentication judge(ApiKey key) {
        return switch (key.statusAt(clock.instant())) {
            case ACTIVE -> new Authenticated(key);
            case EXPIRED -> new Rejected(Reason.EXPIRED);
            case REVOKED -> new Rejected(Reason.REVOKED);
        };
    }

    @Override
    public void revoked(ApiKey key) {
        // also drops a lookup still in flight, so it cannot put the key back as active
        cache.synchronous().invalidate(key.hash());
    }
}
