package com.lumenbridge.gateway.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.MutableClock;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.platform.events.tenancy.TenantRegistered;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapOperatorTest {

    private static final String OPERATOR_KEY = "lbk_operator-key-from-the-environment-0123";

    private final InMemoryTenancy store = new InMemoryTenancy();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final List<ApiKey> evicted = new ArrayList<>();
    private final BootstrapOperator bootstrap = new BootstrapOperator(store.tenants(), store.apiKeys(),
        new RevokeApiKey(store.apiKeys(), List.of(evicted::add), clock), clock);

    @Test
    void makesTheOperatorTenantAndAnAdminKeyHashedFromTheConfiguredKey() {
        ApiKey key = bootstrap.ensure(OPERATOR_KEY).orElseThrow();

        assertThat(key.hash()).isEqualTo(ApiKeyHash.of(OPERATOR_KEY));
        assertThat(key.scopes()).containsExactly(Scope.ADMIN);
        assertThat(key.expiresAt()).isNull();
        assertThat(key.tenantKind()).isEqualTo(TenantKind.OPERATOR);
        assertThat(store.tenants.get(BootstrapOperator.OPERATOR_TENANT).name().value()).isEqualTo("Platform operations");
        assertThat(store.events).containsExactly(
            new TenantRegistered("platform-operations", "Platform operations", TenantKind.OPERATOR));
    }

    @Test
    void changesNothingWhenRunAgain() {
        ApiKey first = bootstrap.ensure(OPERATOR_KEY).orElseThrow();
        clock.advance(Duration.ofHours(1));

        ApiKey second = bootstrap.ensure(OPERATOR_KEY).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(store.keys).hasSize(1);
        assertThat(store.tenants).hasSize(1);
        assertThat(store.events).hasSize(1);
    }

    @Test
    void revokesThePreviousOperatorKeyWhenTheConfiguredKeyChanges() {
        ApiKey old = bootstrap.ensure(OPERATOR_KEY).orElseThrow();
        clock.advance(Duration.ofDays(1));

        ApiKey rotated = bootstrap.ensure(OPERATOR_KEY + "-rotated").orElseThrow();

        assertThat(rotated.id()).isNotEqualTo(old.id());
        assertThat(store.keys.get(rotated.id()).statusAt(clock.instant())).isEqualTo(ApiKey.Status.ACTIVE);
        assertThat(store.keys.get(old.id()).statusAt(clock.instant())).isEqualTo(ApiKey.Status.REVOKED);
        assertThat(evicted).extracting(ApiKey::id).containsExactly(old.id());
    }

    @Test
    void doesNothingWithoutAConfiguredKey() {
        assertThat(bootstrap.ensure("")).isEmpty();
        assertThat(bootstrap.ensure(null)).isEmpty();
        assertThat(store.tenants).isEmpty();
        assertThat(store.keys).isEmpty();
    }
}
