package com.lumenbridge.gateway.edge;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.lumenbridge.gateway.tenancy.application.KeyRevocationListener;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

/**
 * The internal tokens the gateway forwards. An ES256 signature per request would cost more than
 * routing it (about 1 ms of CPU with the JDK's provider), so one token per caller is reused, for at
 * most half its lifetime: a reused token always has at least the other half left when a service
 * checks it.
 *
 * <p>No signature is made on a request's thread. A token in use is minted again in the background
 * after between a quarter and three eighths of its lifetime, while its requests go on with the one
 * they have; a caller not seen for half a lifetime gets a future and waits for its signature
 * without holding an event loop. Minting on the request's thread when the token expired stalled the
 * gateway under load (JFR, 1 050 calls/s over 64 storefront keys): every expiry blocked an event
 * loop for the signature, the requests of the same caller queued on the cache entry behind it for
 * up to 174 ms, and the signatures serialised on the JDK's {@code NativePRNG} lock for up to 140 ms.
 *
 * <p>Renewals are spread, and made on one thread. Callers that started together (a benchmark's 64
 * storefronts, partners' shops opening in the morning) would otherwise come due together every
 * quarter lifetime, and each new token costs twice: its signature here, and its verification (about
 * as much) in the service that first receives it. With a fixed renewal time, 64 tokens renewed at
 * once stalled calls through the gateway for 40-80 ms every 15 s, catalog-service busy verifying
 * (2026-11-27, 750 calls/s over 64 keys). Each token's renewal time is drawn at random within the
 * first eighth after the quarter, so the burst spreads over 7.5 s and callers drift apart; the one
 * minting thread leaves the event loops at least the other core.
 */
public final class InternalTokens implements KeyRevocationListener, AutoCloseable {

    /** Who the gateway is when it calls a service on its own behalf (to fetch API documents). */
    public static final Caller GATEWAY = new Caller(InternalTokenIssuer.ISSUER, TenantKind.OPERATOR, Set.of());

    /** A token and when to mint its successor; {@code renewing} makes sure only one caller asks for it. */
    private record Minted(String token, long renewAtNanos, AtomicBoolean renewing) {
    }

    private final AsyncLoadingCache<Caller, Minted> tokens;
    private final Ticker ticker;
    private final ExecutorService ownMintingThread;

    InternalTokens(InternalTokenIssuer issuer) {
        this(issuer, mintingThread());
    }

    /**
     * @param mints where every mint (and the cache's upkeep) runs; never an event-loop thread
     * @param spread where in the renewal window each token is renewed: 0 at its start, 1 at its end
     */
    InternalTokens(InternalTokenIssuer issuer, Executor mints, Ticker ticker, DoubleSupplier spread) {
        this(issuer, mints, ticker, spread, null);
    }

    private InternalTokens(InternalTokenIssuer issuer, ExecutorService ownMintingThread) {
        this(issuer, ownMintingThread, Ticker.systemTicker(), () -> ThreadLocalRandom.current().nextDouble(),
            ownMintingThread);
    }

    private InternalTokens(InternalTokenIssuer issuer, Executor mints, Ticker ticker, DoubleSupplier spread,
            ExecutorService ownMintingThread) {
        Duration reuse = issuer.lifetime().dividedBy(2);
        long renewFrom = reuse.dividedBy(2).toNanos();
        long renewWindow = reuse.dividedBy(4).toNanos();
        this.ticker = ticker;
        this.ownMintingThread = ownMintingThread;
        this.tokens = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(reuse)
            .executor(mints)
            .ticker(ticker)
            .buildAsync(caller -> new Minted(issuer.mint(caller),
                ticker.read() + renewFrom + (long) (spread.getAsDouble() * renewWindow), new AtomicBoolean()));
    }

    /** The single daemon thread every signature is made on. */
    static ExecutorService mintingThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "internal-token-mints");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The token for a key's caller: the same for every key of one tenant with the same scopes.
     * Already complete when the caller's token is held; otherwise it completes on the minting thread.
     */
    CompletableFuture<String> forKey(ApiKey key) {
        return tokenFor(key.caller());
    }

    /** The token for a key's caller if it is held now, {@code null} if it is still to be minted (or failed). */
    String heldFor(ApiKey key) {
        Minted minted = held(tokens.get(key.caller()), key.caller());
        return minted == null ? null : minted.token();
    }

    /** A token naming the gateway itself: tenant {@code lumenbridge-gateway}, kind OPERATOR, no scopes. */
    public CompletableFuture<String> forGateway() {
        return tokenFor(GATEWAY);
    }

    private CompletableFuture<String> tokenFor(Caller caller) {
        CompletableFuture<Minted> entry = tokens.get(caller);
        held(entry, caller);
        return entry.thenApply(Minted::token);
    }

    /** The caller's token if {@code entry} holds one, asking once for its successor when it is due. */
    private Minted held(CompletableFuture<Minted> entry, Caller caller) {
        Minted minted = entry.isDone() && !entry.isCompletedExceptionally() ? entry.join() : null;
        if (minted != null && ticker.read() - minted.renewAtNanos() >= 0 && minted.renewing().compareAndSet(false, true)) {
            tokens.synchronous().refresh(caller);
        }
        return minted;
    }

    @Override
    public void revoked(ApiKey key) {
        tokens.synchronous().invalidate(key.caller());
    }

    @Override
    public void close() {
        if (ownMintingThread != null) {
            ownMintingThread.shutdownNow();
        }
    }
}
