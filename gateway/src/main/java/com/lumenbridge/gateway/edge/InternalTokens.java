package com.lumenbridge.gateway.edge;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.lumenbridge.gateway.tenancy.application.KeyRevocationListener;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import reactor.core.scheduler.Schedulers;

/**
 * The internal tokens the gateway forwards. An ES256 signature per request would cost more than
 * routing it, so one token per caller is reused, for at most half its lifetime: a reused token
 * always has at least the other half left when a service checks it.
 *
 * <p>A token in use is minted again in the background once a quarter of its lifetime has passed,
 * while its requests go on with the one they have. Minting on the request's thread when the token
 * expired stalled the gateway under load (found with JFR at 1 050 calls/s over 64 storefront keys):
 * every expiry blocked an event loop for the signature, the requests of the same caller queued on
 * the cache entry behind it for up to 174 ms, and the signatures serialised on the JDK's
 * {@code NativePRNG} lock for up to 140 ms. The bulkhead then filled and shed calls with 503. Only a
 * caller not seen for half a lifetime now pays for a signature on its request.
 */
public final class InternalTokens implements KeyRevocationListener {

    /** Who the gateway is when it calls a service on its own behalf (to fetch API documents). */
    public static final Caller GATEWAY = new Caller(InternalTokenIssuer.ISSUER, TenantKind.OPERATOR, Set.of());

    private final LoadingCache<Caller, String> tokens;

    InternalTokens(InternalTokenIssuer issuer) {
        this(issuer, task -> Schedulers.boundedElastic().schedule(task), Ticker.systemTicker());
    }

    /**
     * @param mints where background mints (and the cache's upkeep) run; never an event-loop thread
     */
    InternalTokens(InternalTokenIssuer issuer, Executor mints, Ticker ticker) {
        Duration reuse = issuer.lifetime().dividedBy(2);
        this.tokens = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(reuse)
            .refreshAfterWrite(reuse.dividedBy(2))
            .executor(mints)
            .ticker(ticker)
            .build(issuer::mint);
    }

    /** The token for a key's caller: the same for every key of one tenant with the same scopes. */
    String forKey(ApiKey key) {
        return tokens.get(key.caller());
    }

    /** A token naming the gateway itself: tenant {@code lumenbridge-gateway}, kind OPERATOR, no scopes. */
    public String forGateway() {
        return tokens.get(GATEWAY);
    }

    @Override
    public void revoked(ApiKey key) {
        tokens.invalidate(key.caller());
    }
}
