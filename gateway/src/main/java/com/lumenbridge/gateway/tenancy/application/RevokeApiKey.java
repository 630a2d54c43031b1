package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.platform.problem.NotFound;
import java.time.Clock;
import java.util.List;

/**
 * Revokes a key. In this gateway instance it stops working at once; other instances forget it
 * when their cache entry expires (see {@link AuthenticateApiKey}).
 */
public class RevokeApiKey {

    private final ApiKeys keys;
    private final List<KeyRevocationListener> listeners;
    private final Clock clock;

    public RevokeApiKey(ApiKeys keys, List<KeyRevocationListener> listeners, Clock clock) {
        this.keys = keys;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    /** Throws {@link NotFound} for an unknown key id. */
    public ApiKey revoke(String keyId) {
        ApiKey key = ApiKeyId.parse(keyId).flatMap(keys::find).orElseThrow(() -> new NotFound("API key", keyId));
        ApiKey revoked = key.revoke(UseCaseSupport.now(clock));
        if (revoked != key) {
            keys.save(revoked);
        }
        // after the write, so a lookup racing with this one cannot re-cache the key as still valid
        listeners.forEach(listener -> listener.revoked(revoked));
        return revoked;
    }
}
