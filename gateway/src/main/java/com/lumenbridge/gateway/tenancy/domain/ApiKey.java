package com.lumenbridge.gateway.tenancy.domain;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An API key of a tenant, as stored: its hash, never the key. The tenant's kind is kept with it
 * because a tenant's kind never changes and authentication then needs one lookup, not two.
 *
 * @param expiresAt when the key stops working; {@code null} for a key that does not expire
 * @param revokedAt when the key was revoked; {@code null} while it is not
 */
public record ApiKey(ApiKeyId id, TenantId tenantId, TenantKind tenantKind, ApiKeyHash hash, Set<Scope> scopes,
        Instant createdAt, Instant expiresAt, Instant revokedAt, Origin origin) {

    private static final String KNOWN_SCOPES = Arrays.stream(Scope.values()).map(Scope::wireName)
        .collect(Collectors.joining(", "));

    /** How a key came to be. */
    public enum Origin {
        /** Issued by the operator through the admin API. */
        ISSUED,
        /** Made at start-up from the configured operator key. */
        BOOTSTRAP
    }

    /** Where a key stands at a given moment. */
    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(tenantKind, "tenantKind");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("An API key carries at least one scope");
        }
        scopes = Set.copyOf(scopes);
    }

    /**
     * Issues a key to {@code tenant}. Throws {@link BrokenRules} naming every broken rule: at least
     * one scope, only known scopes, {@code admin} only for the operator, an expiry in the future.
     */
    public static ApiKey issue(ApiKeyId id, Tenant tenant, ApiKeyHash hash, Collection<String> scopeNames,
            Instant expiresAt, Instant now) {
        BrokenRules.Collector rules = new BrokenRules.Collector();
        rules.check("scopes", scopesRule(scopeNames, tenant.kind()));
        rules.check("expiresAt", expiryRule(expiresAt, now));
        rules.throwIfAny();
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        scopeNames.forEach(name -> scopes.add(Scope.fromWireName(name).orElseThrow()));
        return new ApiKey(id, tenant.id(), tenant.kind(), hash, scopes, now, expiresAt, null, Origin.ISSUED);
    }

    /** The operator's start-up key: scope {@code admin}, no expiry. */
    public static ApiKey bootstrap(ApiKeyId id, Tenant operator, ApiKeyHash hash, Instant now) {
        if (operator.kind() != TenantKind.OPERATOR) {
            throw new IllegalArgumentException("Only the operator tenant gets the bootstrap key");
        }
        return new ApiKey(id, operator.id(), operator.kind(), hash, Set.of(Scope.ADMIN), now, null, null,
            Origin.BOOTSTRAP);
    }

    /** The rule the expiry breaks, if any: no expiry at all is fine, one not after now is not. */
    public static Optional<String> expiryRule(Instant expiresAt, Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now) ? Optional.of("must be in the future") : Optional.empty();
    }

    private static Optional<String> scopesRule(Collection<String> names, TenantKind kind) {
        if (names == null || names.isEmpty()) {
            return Optional.of("must name at least one scope");
        }
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (Scope.fromWireName(name).isEmpty()) {
                unknown.add(String.valueOf(name));
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of("has unknown scope(s) " + String.join(", ", unknown) + "; known are " + KNOWN_SCOPES);
        }
        if (names.contains(Scope.ADMIN.wireName()) && kind != TenantKind.OPERATOR) {
            return Optional.of("may include 'admin' only for an OPERATOR tenant");
        }
        return Optional.empty();
    }

    /**
     * Revokes the key from {@code now} on. Revoking is idempotent on purpose, so a client may
     * safely retry: a key already revoked keeps its first revocation time.
     */
    public ApiKey revoke(Instant now) {
        if (revokedAt != null) {
            return this;
        }
        return new ApiKey(id, tenantId, tenantKind, hash, scopes, createdAt, expiresAt, now, origin);
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return Status.EXPIRED;
        }
        return Status.ACTIVE;
    }

    /** Who a request carrying this key acts as, for the internal token. */
    public Caller caller() {
        return new Caller(tenantId.value(), tenantKind, scopes);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
