package com.lumenbridge.gateway.tenancy.domain;

import com.lumenbridge.platform.identity.TenantKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A company on the platform: a manufacturer, storefront, dealer or the platform operator itself. */
public record Tenant(TenantId id, TenantName name, TenantKind kind, Instant registeredAt) {

    private static final String KINDS = Arrays.stream(TenantKind.values()).map(Enum::name)
        .collect(Collectors.joining(", "));

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /**
     * Registers a tenant from raw input; throws {@link BrokenRules} naming every attribute that
     * breaks a rule (name 1 to 200 characters, kind one of the four tenant kinds).
     */
    public static Tenant register(TenantId id, String name, String kind, Instant now) {
        BrokenRules.Collector rules = new BrokenRules.Collector();
        rules.check("name", TenantName.brokenRule(name));
        rules.check("kind", kindRule(kind));
        rules.throwIfAny();
        return new Tenant(id, new TenantName(name), TenantKind.valueOf(kind), now);
    }

    private static Optional<String> kindRule(String kind) {
        if (kind == null) {
            return Optional.of("is required");
        }
        boolean known = Arrays.stream(TenantKind.values()).anyMatch(k -> k.name().equals(kind));
        return known ? Optional.empty() : Optional.of("must be one of " + KINDS);
    }
}
