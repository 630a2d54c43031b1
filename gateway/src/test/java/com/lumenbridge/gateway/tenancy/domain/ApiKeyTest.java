package com.lumenbridge.gateway.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Tenant STOREFRONT = Tenant.register(new TenantId("shop"), "Shop", "STOREFRONT", NOW);
    private static final Tenant OPERATOR = Tenant.register(new TenantId("ops"), "Ops", "OPERATOR", NOW);
    private static final ApiKeyHash HASH = ApiKeyHash.of("lbk_example");

    @Test
    void issuesAKeyWithTheScopesItNames() {
        ApiKey key = issue(STOREFRONT, List.of("catalog:read", "orders:write", "catalog:read"), null);

        assertThat(key.scopes()).containsExactlyInAnyOrder(Scope.CATALOG_READ, Scope.ORDERS_WRITE);
        assertThat(key.tenantId()).isEqualTo(STOREFRONT.id());
        assertThat(key.tenantKind()).isEqualTo(TenantKind.STOREFRONT);
        assertThat(key.createdAt()).isEqualTo(NOW);
        assertThat(key.origin()).isEqualTo(ApiKey.Origin.ISSUED);
        assertThat(key.statusAt(NOW)).isEqualTo(ApiKey.Status.ACTIVE);
        assertThat(key.caller()).isEqualTo(new Caller("shop", TenantKind.STOREFRONT,
            Set.of(Scope.CATALOG_READ, Scope.ORDERS_WRITE)));
    }

    @Test
    void refusesAnUnknownScopeAndAPastExpiryTogether() {
        assertThatThrownBy(() -> issue(STOREFRONT, List.of("catalog:read", "teleport"), NOW.minusSeconds(1)))
            .isInstanceOfSatisfying(BrokenRules.class, broken -> {
                assertThat(broken.rules()).extracting(BrokenRule::attribute).containsExactly("scopes", "expiresAt");
                assertThat(broken.rules().get(0).rule()).contains("teleport");
                assertThat(broken.rules().get(1).rule()).isEqualTo("must be in the future");
            });
    }

    @Test
    void refusesAKeyWithoutScopes() {
        for (List<String> none : Arrays.asList(List.<String>of(), null)) {
            assertThatThrownBy(() -> issue(STOREFRONT, none, null))
                .isInstanceOfSatisfying(BrokenRules.class, broken -> assertThat(broken.rules())
                    .containsExactly(new BrokenRule("scopes", "must name at least one scope")));
        }
    }

    @Test
    void refusesAnExpiryThatIsNow() {
        assertThatThrownBy(() -> issue(STOREFRONT, List.of("catalog:read"), NOW))
            .isInstanceOfSatisfying(BrokenRules.class,
                broken -> assertThat(broken.rules()).extracting(BrokenRule::attribute).containsExactly("expiresAt"));
    }

    @Test
    void grantsAdminOnlyToTheOperator() {
        assertThat(issue(OPERATOR, List.of("admin"), null).has(Scope.ADMIN)).isTrue();
        assertThatThrownBy(() -> issue(STOREFRONT, List.of("admin", "catalog:read"), null))
            .isInstanceOfSatisfying(BrokenRules.class, broken -> assertThat(broken.rules())
                .containsExactly(new BrokenRule("scopes", "may include 'admin' only for an OPERATOR tenant")));
    }

    @Test
    void expiresAtItsExpiryTime() {
        ApiKey key = issue(STOREFRONT, List.of("catalog:read"), NOW.plus(Duration.ofDays(1)));

        assertThat(key.statusAt(NOW.plus(Duration.ofDays(1)).minusMillis(1))).isEqualTo(ApiKey.Status.ACTIVE);
        assertThat(key.statusAt(NOW.plus(Duration.ofDays(1)))).isEqualTo(ApiKey.Status.EXPIRED);
    }

    @Test
    void keepsTheFirstRevocationTimeWhenRevokedAgain() {
        ApiKey key = issue(STOREFRONT, List.of("catalog:read"), null);

        ApiKey revoked = key.revoke(NOW.plusSeconds(10));
        ApiKey again = revoked.revoke(NOW.plusSeconds(20));

        assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(revoked.statusAt(NOW.plusSeconds(10))).isEqualTo(ApiKey.Status.REVOKED);
        assertThat(again).isSameAs(revoked);
        assertThat(key.statusAt(NOW.plusSeconds(30))).as("the original is unchanged").isEqualTo(ApiKey.Status.ACTIVE);
    }

    @Test
    void bootstrapsAnAdminKeyThatNeverExpiresForTheOperatorOnly() {
        ApiKey key = ApiKey.bootstrap(ApiKeyId.random(), OPERATOR, HASH, NOW);

        assertThat(key.scopes()).containsExactly(Scope.ADMIN);
        assertThat(key.expiresAt()).isNull();
        assertThat(key.origin()).isEqualTo(ApiKey.Origin.BOOTSTRAP);
        assertThat(key.statusAt(NOW.plus(Duration.ofDays(36_500)))).isEqualTo(ApiKey.Status.ACTIVE);
        assertThatThrownBy(() -> ApiKey.bootstrap(ApiKeyId.random(), STOREFRONT, HASH, NOW))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static ApiKey issue(Tenant tenant, List<String> scopes, Instant expiresAt) {
        return ApiKey.issue(ApiKeyId.random(), tenant, HASH, scopes, expiresAt, NOW);
    }
}
