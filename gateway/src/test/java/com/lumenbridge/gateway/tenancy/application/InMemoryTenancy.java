package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Tenants and keys in memory, for use-case tests; counts how often keys are looked up by hash. */
final class InMemoryTenancy {

    final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();
    final List<IntegrationEvent> events = new ArrayList<>();
    final Map<ApiKeyId, ApiKey> keys = new LinkedHashMap<>();
    final AtomicInteger hashLookups = new AtomicInteger();

    Tenants tenants() {
        return new Tenants() {
            @Override
            public boolean add(Tenant tenant, List<? extends IntegrationEvent> announced) {
                if (tenants.putIfAbsent(tenant.id(), tenant) != null) {
                    return false;
                }
                events.addAll(announced);
                return true;
            }

            @Override
            public Optional<Tenant> find(TenantId id) {
                return Optional.ofNullable(tenants.get(id));
            }

            @Override
            public Page<Tenant> list(PageRequest request) {
                List<Tenant> all = List.copyOf(tenants.values());
                return new Page<>(all.stream().skip(request.offset()).limit(request.size()).toList(), all.size(),
                    request.page(), request.size());
            }
        };
    }

    ApiKeys apiKeys() {
        return new ApiKeys() {
            @Override
            public boolean add(ApiKey key) {
                boolean taken = keys.containsKey(key.id())
                    || keys.values().stream().anyMatch(k -> k.hash().equals(key.hash()));
                if (!taken) {
                    keys.put(key.id(), key);
                }
                return !taken;
            }

            @Override
            public void save(ApiKey key) {
                keys.put(key.id(), key);
            }

            @Override
            public Optional<ApiKey> find(ApiKeyId id) {
                return Optional.ofNullable(keys.get(id));
            }

            @Override
            public Optional<ApiKey> findByHash(ApiKeyHash hash) {
                hashLookups.incrementAndGet();
                return keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
            }

            @Override
            public List<ApiKey> ofTenant(TenantId tenantId) {
                return keys.values().stream().filter(k -> k.tenantId().equals(tenantId))
                    .sorted(Comparator.comparing(ApiKey::createdAt)).toList();
            }
        };
    }
}
