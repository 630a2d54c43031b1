package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.ApiKeySecret;
import com.lumenbridge.gateway.tenancy.domain.BrokenRule;
import com.lumenbridge.gateway.tenancy.domain.BrokenRules;
import com.lumenbridge.gateway.tenancy.domain.Tenant;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Issues an API key to a tenant and hands its secret out this once. */
public class IssueApiKey {

    private final ReadTenants tenants;
    private final ApiKeys keys;
    private final SecureRandom random;
    private final Clock clock;

    public IssueApiKey(ReadTenants tenants, ApiKeys keys, SecureRandom random, Clock clock) {
        this.tenants = tenants;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Throws {@link com.lumenbridge.platform.problem.NotFound} for an unknown tenant and
     * {@link InvalidInput} naming every bad field.
     *
     * @param expiresAt an ISO-8601 instant, or {@code null} for a key that does not expire
     */
    public IssuedApiKey issue(String tenantId, List<String> scopes, String expiresAt) {
        Tenant tenant = tenants.get(tenantId);
        Instant now = UseCaseSupport.now(clock);
        List<FieldError> errors = new ArrayList<>();
        Instant expiry = null;
        if (expiresAt != null) {
            try {
                expiry = Instant.parse(expiresAt);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("expiresAt", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z"));
            }
        }
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey key;
        try {
            key = ApiKey.issue(ApiKeyId.random(), tenant, secret.hash(), scopes, expiry, now);
        } catch (BrokenRules e) {
            e.rules().stream().map(IssueApiKey::asFieldError).forEach(errors::add);
            throw new InvalidInput(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!keys.add(key)) {
            throw new IllegalStateException("A random key id or key collided with an existing one");
        }
        return new IssuedApiKey(key, secret);
    }

    private static FieldError asFieldError(BrokenRule rule) {
        return new FieldError(rule.attribute(), rule.rule());
    }
}
