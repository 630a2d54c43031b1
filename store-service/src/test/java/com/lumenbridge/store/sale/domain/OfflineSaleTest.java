package com.lumenbridge.store.sale.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineSaleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static OfflineSale pending() {
        return OfflineSale.pending("s-1", "store", "dealer", "key-1", List.of(new SaleLine("A60", 2), new SaleLine("GU10", 1)),
            null, NOW);
    }

    @Test
    void aPendingSaleIsRecordedOnceAndThenChangesNoMore() {
        OfflineSale recorded = pending().record(NOW);

        assertThat(recorded.state()).isEqualTo(SaleState.RECORDED);
        assertThat(recorded.soldAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> recorded.record(NOW)).isInstanceOf(SaleRuleBroken.class).hasMessageContaining("(it is RECORDED)");
        assertThatThrownBy(() -> recorded.refuse(List.of(new ShortLine("A60", 2, 1)))).isInstanceOf(SaleRuleBroken.class);
    }

    @Test
    void aRefusalNamesItsShortLines() {
        OfflineSale refused = pending().refuse(List.of(new ShortLine("GU10", 1, 0)));

        assertThat(refused.state()).isEqualTo(SaleState.REFUSED);
        assertThat(refused.shortLines()).containsExactly(new ShortLine("GU10", 1, 0));
        assertThatThrownBy(() -> pending().refuse(List.of())).isInstanceOf(SaleRuleBroken.class);
        assertThatThrownBy(() -> refused.record(NOW)).isInstanceOf(SaleRuleBroken.class);
    }

    @Test
    void eachSkuIsOnOneLineAndARetryMustAskForTheSameSale() {
        assertThatThrownBy(() -> OfflineSale.pending("s-2", "store", "dealer", "k", List.of(new SaleLine("A60", 1),
            new SaleLine("A60", 2)), null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(pending().sameRequestAs(List.of(new SaleLine("A60", 2), new SaleLine("GU10", 1)), null)).isTrue();
        assertThat(pending().sameRequestAs(List.of(new SaleLine("A60", 3), new SaleLine("GU10", 1)), null)).isFalse();
        assertThat(pending().holder()).isEqualTo("sale-s-1");
    }
}
