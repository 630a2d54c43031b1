package com.lumenbridge.gateway.tenancy.web;

import com.lumenbridge.gateway.tenancy.application.IssuedApiKey;
import com.lumenbridge.gateway.tenancy.application.Page;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Instant;
import java.util.List;

/** The admin API's request and response bodies: the public contract, so names never change. */
final class AdminViews {

    private AdminViews() {
    }

    record RegisterTenantRequest(String name, String kind) {
    }

    record IssueApiKeyRequest(List<String> scopes, String expiresAt) {
    }

    record TenantView(String id, String name, TenantKind kind, Instant registeredAt) {

        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.id().value(), tenant.name().value(), tenant.kind(), tenant.registeredAt());
        }
    }

    record TenantPage(List<TenantView> items, long total, int page, int size) {

        static TenantPage of(Page<Tenant> page) {
            Page<TenantView> views = page.map(TenantView::of);
            return new TenantPage(views.items(), views.total(), views.page(), views.size());
        }
    }

    /** The only response that ever carries a key's secret. */
    record IssuedApiKeyView(String keyId, String apiKey, String tenantId, List<String> scopes, Instant createdAt,
            Instant expiresAt) {

        static IssuedApiKeyView of(IssuedApiKey issued) {
            ApiKey key = issued.key();
            return new IssuedApiKeyView(key.id().value(), issued.secret().value(), key.tenantId().value(),
                wireNames(key), key.createdAt(), key.expiresAt());
        }
    }

    record ApiKeyView(String keyId, String tenantId, List<String> scopes, ApiKey.Status status, Instant createdAt,
            Instant expiresAt, Instant revokedAt) {

        static ApiKeyView of(ApiKey key, Instant now) {
            return new ApiKeyView(key.id().value(), key.tenantId().value(), wireNames(key), key.statusAt(now),
                key.createdAt(), key.expiresAt(), key.revokedAt());
        }
    }

    record ApiKeyList(List<ApiKeyView> items) {
    }

    private static List<String> wireNames(ApiKey key) {
        return key.scopes().stream().map(Scope::wireName).sorted().toList();
    }
}
