package com.lumenbridge.gateway.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.platform.identity.TenantKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final TenantId ID = new TenantId("aurora");

    @Test
    void registersATenantWithItsNameStripped() {
        Tenant tenant = Tenant.register(ID, "  Aurora Lighting ", "MANUFACTURER", NOW);

        assertThat(tenant).isEqualTo(new Tenant(ID, new TenantName("Aurora Lighting"), TenantKind.MANUFACTURER, NOW));
        assertThat(tenant.name().value()).isEqualTo("Aurora Lighting");
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> Tenant.register(ID, " ", "WIZARD", NOW))
            .isInstanceOfSatisfying(BrokenRules.class, broken -> assertThat(broken.rules()).containsExactly(
                new BrokenRule("name", "must not be blank"),
                new BrokenRule("kind", "must be one of MANUFACTURER, STOREFRONT, DEALER, OPERATOR")));
    }

    @Test
    void requiresANameAndAKind() {
        assertThatThrownBy(() -> Tenant.register(ID, null, null, NOW))
            .isInstanceOfSatisfying(BrokenRules.class, broken -> assertThat(broken.rules()).containsExactly(
                new BrokenRule("name", "is required"), new BrokenRule("kind", "is required")));
    }

    @Test
    void acceptsTwoHundredCharactersCountingCodePoints() {
        String twoHundredCjk = "光".repeat(199) + "😀";

        assertThat(Tenant.register(ID, twoHundredCjk, "DEALER", NOW).name().value()).isEqualTo(twoHundredCjk);
        assertThatThrownBy(() -> Tenant.register(ID, "x".repeat(201), "DEALER", NOW))
            .isInstanceOfSatisfying(BrokenRules.class, broken -> assertThat(broken.rules())
                .containsExactly(new BrokenRule("name", "must be at most 200 characters")));
    }

    @Test
    void takesTheKindOnlyAsSpelled() {
        assertThatThrownBy(() -> Tenant.register(ID, "Aurora", "manufacturer", NOW))
            .isInstanceOfSatisfying(BrokenRules.class,
                broken -> assertThat(broken.rules()).extracting(BrokenRule::attribute).containsExactly("kind"));
    }

    @Test
    void acceptsOnlyUrlSafeIds() {
        assertThat(TenantId.parse("a1b2-c3_d4")).contains(new TenantId("a1b2-c3_d4"));
        assertThat(TenantId.parse("../etc")).isEmpty();
        assertThat(TenantId.parse("")).isEmpty();
        assertThat(TenantId.parse("x".repeat(65))).isEmpty();
        assertThatThrownBy(() -> new TenantId("a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
