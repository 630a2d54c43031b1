package com.lumenbridge.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void requiringAMissingScopeNamesIt() {
        Caller caller = new Caller("t", TenantKind.STOREFRONT, Set.of(Scope.CATALOG_READ));

        assertThatThrownBy(() -> caller.require(Scope.ORDERS_WRITE))
            .isInstanceOf(MissingScope.class)
            .hasMessageContaining("orders:write");
    }

    @Test
    void aBlankTenantIsRefused() {
        assertThatThrownBy(() -> new Caller(" ", TenantKind.DEALER, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContextHoldsTheCallerOnlyWhileRunningAsIt() {
        Caller caller = new Caller("t", TenantKind.DEALER, Set.of());
        Caller[] seen = new Caller[1];

        CallerContext.runAs(caller, () -> seen[0] = CallerContext.current());

        assertThat(seen[0]).isEqualTo(caller);
        assertThat(CallerContext.find()).isEmpty();
    }
}
