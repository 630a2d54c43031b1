package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;

/** Told when a key is revoked, so whatever remembers it (caches of keys or tokens) forgets it at once. */
public interface KeyRevocationListener {

    void revoked(ApiKey key);
}
