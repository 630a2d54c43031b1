package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** Where API keys are kept: by id, and by hash for authentication (hashes are unique). */
public interface ApiKeys {

    /** Stores a new key; false, writing nothing, when its id or hash is already stored. */
    boolean add(ApiKey key);

    /** Replaces the stored state of an existing key. */
    void save(ApiKey key);

    Optional<ApiKey> find(ApiKeyId id);

    Optional<ApiKey> findByHash(ApiKeyHash hash);

    /** The tenant's keys, oldest first. */
    List<ApiKey> ofTenant(TenantId tenantId);
}
