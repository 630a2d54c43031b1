package com.lumenbridge.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lumenbridge.gateway.tenancy.application.KeyRevocationListener;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.TenantKind;
import java.util.Set;

/**
 * The internal tokens the gateway forwards. An ES256 signature per request would cost more than
 * routing it, so one token per key is reused for half its lifetime: a reused token always has at
 * least the other half left when a service checks it.
 */
public final class InternalTokens implements KeyRevocationListener {

    /** Who the gateway is when it calls a service on its own behalf (to fetch API documents). */
    public static final Caller GATEWAY = new Caller(InternalTokenIssuer.ISSUER, TenantKind.OPERATOR, Set.of());
    private static final String GATEWAY_ENTRY = "gateway";
    private static final String KEY_ENTRY = "key:";

    private final InternalTokenIssuer issuer;
    private final Cache<String, String> tokens;

    InternalTokens(InternalTokenIssuer issuer) {
        this.issuer = issuer;
        this.tokens = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(issuer.lifetime().dividedBy(2))
            .build();
    }

    String forKey(ApiKey key) {
        return tokens.get(KEY_ENTRY + key.id().value(), entry -> issuer.mint(key.caller()));
    }

    /** A token naming the gateway itself: tenant {@code lumenbridge-gateway}, kind OPERATOR, no scopes. */
    public String forGateway() {
        return tokens.get(GATEWAY_ENTRY, entry -> issuer.mint(GATEWAY));
    }

    @Override
    public void revoked(ApiKey key) {
        tokens.invalidate(KEY_ENTRY + key.id().value());
    }
}
