package com.lumenbridge.order.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.order.order.domain.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceListTest {

    private final PriceList dealersEu = new PriceList("EUR", 2000, Map.of("AUR-A60-9W-2700", 399L));

    @Test
    void anOverrideWinsInTheListsCurrency() {
        assertThat(dealersEu.priceOf("AUR-A60-9W-2700", new Money(499, "USD"))).contains(new Money(399, "EUR"));
    }

    @Test
    void otherwiseTheListPriceLessTheDiscountRoundedHalfUp() {
        assertThat(dealersEu.priceOf("AUR-T8", new Money(1000, "EUR"))).contains(new Money(800, "EUR"));
        assertThat(new PriceList("EUR", 1250, Map.of()).priceOf("X", new Money(999, "EUR")))
            .contains(new Money(874, "EUR"));
    }

    @Test
    void aListPriceInAnotherCurrencyIsNotOffered() {
        assertThat(dealersEu.priceOf("AUR-T8", new Money(1000, "USD"))).isEmpty();
    }
}
