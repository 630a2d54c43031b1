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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

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

    /** What the store answered for a hash, and when to ask it again; {@code refreshing} makes sure only one request asks. */
    private record Found(Optional<ApiKey> key, long refreshAtNanos, AtomicBoolean refreshing) {
    }

    private final AsyncLoadingCache<ApiKeyHash, Found> cache;
    private final Clock clock;
    private final Ticker ticker;

    /**
     * @param loads where the blocking MongoDB lookups run; never an event-loop thread
     */
    public AuthenticateApiKey(ApiKeys keys, Clock clock, Duration knownFor, Duration unknownFor, Executor loads) {
        this(keys, clock, knownFor, unknownFor, loads, Ticker.systemTicker(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As the public constructor, with Caffeine's clock given, and every key refreshed at the end of its window. */
    AuthenticateApiKey(ApiKeys keys, Clock clock, Duration knownFor, Duration unknownFor, Executor loads,
            Ticker ticker) {
        this(keys, clock, knownFor, unknownFor, loads, ticker, () -> 1.0);
    }

    /**
     * A key in use is looked up again in the background between half and two thirds of
     * {@code knownFor} after it was found, while its requests go on with the key as last found:
     * without that, every key's entry expired every {@code knownFor} and its next requests all waited
     * for MongoDB. A key not used for {@code knownFor} still expires, so another instance's revocation
     * is seen within {@code knownFor} as before.
     *
     * <p>Each key's time in that window is drawn at random. With one fixed refresh time (Caffeine's
     * {@code refreshAfterWrite}), keys first used together (a benchmark's 64 storefronts, every key
     * after the gateway restarts) were looked up together again every 20 s, a burst of MongoDB
     * lookups on both cores, and stayed in step for as long as they were in use. The internal tokens
     * are renewed the same way ({@code InternalTokens}).
     *
     * @param spread where in the window each key is refreshed: 0 at its start, 1 at its end
     */
    AuthenticateApiKey(ApiKeys keys, Clock clock, Duration knownFor, Duration unknownFor, Executor loads,
            Ticker ticker, DoubleSupplier spread) {
        long refreshFrom = knownFor.dividedBy(2).toNanos();
        long refreshWindow = knownFor.multipliedBy(2).dividedBy(3).toNanos() - refreshFrom;
        this.clock = clock;
        this.ticker = ticker;
        this.cache = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfter(Expiry.<ApiKeyHash, Found>writing(
                (hash, found) -> found.key().isPresent() ? knownFor : unknownFor))
            .executor(loads)
            .ticker(ticker)
            .buildAsync(hash -> new Found(keys.findByHash(hash),
                ticker.read() + refreshFrom + (long) (spread.getAsDouble() * refreshWindow), new AtomicBoolean()));
    }

    /** Completes with the outcome; completes exceptionally only when the store cannot be read. */
    public CompletableFuture<Authentication> authenticate(String presentedKey) {
        ApiKeyHash hash = ApiKeyHash.of(presentedKey);
        CompletableFuture<Found> entry = cache.get(hash);
        if (entry.isDone() && !entry.isCompletedExceptionally()) {
            refreshIfDue(hash, entry.join());
        }
        return entry.thenApply(found -> found.key()
            .<Authentication>map(this::judge)
            .orElseGet(() -> new Rejected(Reason.UNKNOWN)));
    }

    /** Asks the store again, once, in the background, for a key found there whose refresh time has come. */
    private void refreshIfDue(ApiKeyHash hash, Found found) {
        if (found.key().isPresent() && ticker.read() - found.refreshAtNanos() >= 0
                && found.refreshing().compareAndSet(false, true)) {
            cache.synchronous().refresh(hash).whenComplete((refreshed, failed) -> {
                if (failed != null) {
                    // the store could not be read: a later request asks again, while the key as last found serves
                    found.refreshing().set(false);
                }
            });
        }
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
