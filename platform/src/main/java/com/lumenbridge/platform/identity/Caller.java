package com.lumenbridge.platform.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the tenant the API key belongs to, its kind and the scopes the key carries.
 * Minted into the internal token by the gateway and restored from it by every service.
 */
public record Caller(String tenantId, TenantKind kind, Set<Scope> scopes) {

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        if (tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        scopes = Set.copyOf(scopes);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    /** Throws {@link MissingScope} (403) unless this caller holds the scope. */
    public void require(Scope scope) {
        if (!has(scope)) {
            throw new MissingScope(scope);
        }
    }

    public boolean is(TenantKind expected) {
        return kind == expected;
    }
}
