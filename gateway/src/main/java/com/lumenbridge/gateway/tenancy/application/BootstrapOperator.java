package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the platform operator can log in on a fresh installation: the operator tenant and a
 * key whose hash is that of the configured operator key, scope {@code admin}, no expiry. Running
 * it again changes nothing, so every start-up (and every gateway instance) may run it. A changed
 * operator key replaces the previous one: earlier bootstrap keys are revoked, so rotating the
 * secret in the environment is enough to shut the old one out.
 */
public class BootstrapOperator {

    /** A fixed id, so concurrent start-ups of several instances agree on one operator tenant. */
    public static final TenantId OPERATOR_TENANT = new TenantId("platform-operations");
    static final String OPERATOR_NAME = "Platform operations";
    private static final int RECOMMENDED_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(BootstrapOperator.class);

    private final Tenants tenants;
    private final ApiKeys keys;
    private final RevokeApiKey revoke;
    private final Clock clock;

    public BootstrapOperator(Tenants tenants, ApiKeys keys, RevokeApiKey revoke, Clock clock) {
        this.tenants = tenants;
        this.keys = keys;
        this.revoke = revoke;
        this.clock = clock;
    }

    /** Returns the operator's bootstrap key, or empty when no operator key is configured. */
    public Optional<ApiKey> ensure(String operatorKey) {
        if (operatorKey == null || operatorKey.isBlank()) {
            log.warn("No operator key is configured (LUMENBRIDGE_OPERATOR_KEY): the admin API is reachable "
                + "only with keys issued earlier");
            return Optional.empty();
        }
        if (operatorKey.length() < RECOMMENDED_LENGTH) {
            log.warn("The operator key is shorter than {} characters; use a long random value", RECOMMENDED_LENGTH);
        }
        Instant now = UseCaseSupport.now(clock);
        Tenant operator = operatorTenant(now);
        ApiKeyHash hash = ApiKeyHash.of(operatorKey);
        ApiKey key = keys.findByHash(hash).orElseGet(() -> {
            ApiKey made = ApiKey.bootstrap(ApiKeyId.random(), operator, hash, now);
            if (keys.add(made)) {
                log.info("Bootstrapped the operator key {} of tenant {}", made.id(), operator.id());
                return made;
            }
            return keys.findByHash(hash).orElseThrow(() -> new IllegalStateException("Operator key vanished"));
        });
        if (!key.tenantId().equals(operator.id()) || key.origin() != ApiKey.Origin.BOOTSTRAP) {
            throw new IllegalStateException("The configured operator key is already in use as key " + key.id()
                + "; configure another LUMENBRIDGE_OPERATOR_KEY");
        }
        if (key.statusAt(now) == ApiKey.Status.REVOKED) {
            log.warn("The configured operator key {} has been revoked; configure a new LUMENBRIDGE_OPERATOR_KEY",
                key.id());
        }
        keys.ofTenant(operator.id()).stream()
            .filter(k -> k.origin() == ApiKey.Origin.BOOTSTRAP && !k.hash().equals(hash))
            .filter(k -> k.statusAt(now) == ApiKey.Status.ACTIVE)
            .forEach(previous -> {
                revoke.revoke(previous.id().value());
                log.info("Revoked the previous operator key {}: the configured operator key changed", previous.id());
            });
        return Optional.of(key);
    }

    private Tenant operatorTenant(Instant now) {
        Tenant operator = tenants.find(OPERATOR_TENANT).orElseGet(() -> {
            Tenant registered = Tenant.register(OPERATOR_TENANT, OPERATOR_NAME, TenantKind.OPERATOR.name(), now);
            if (RegisterTenant.add(tenants, registered)) {
                log.info("Registered the operator tenant {}", OPERATOR_TENANT);
                return registered;
            }
            return tenants.find(OPERATOR_TENANT).orElseThrow(() -> new IllegalStateException("Operator tenant vanished"));
        });
        if (operator.kind() != TenantKind.OPERATOR) {
            throw new IllegalStateException("Tenant " + OPERATOR_TENANT + " exists but is not an OPERATOR");
        }
        return operator;
    }
}
