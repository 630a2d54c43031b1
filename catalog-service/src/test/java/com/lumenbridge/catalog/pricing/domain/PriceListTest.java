package com.lumenbridge.catalog.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceListTest {

    private static PriceList dealersEu(String discount, Map<String, Long> overrides) {
        return PriceList.create("aurora", "dealers-eu",
            new PriceListTerms("EUR", Discount.ofPercent(new BigDecimal(discount)), overrides));
    }

    @Test
    void anOverrideWinsOverTheDiscount() {
        PriceList list = dealersEu("20", Map.of("AUR-A60-9W-2700", 399L));

        assertThat(list.priceFor("AUR-A60-9W-2700", new Money(499, "EUR"))).contains(new Money(399, "EUR"));
        assertThat(list.priceFor("AUR-C35-5W-2700", new Money(499, "EUR"))).contains(new Money(399, "EUR"));
        assertThat(list.priceFor("AUR-GU10-5W-3000", new Money(1000, "EUR"))).contains(new Money(800, "EUR"));
    }

    @ParameterizedTest(name = "{0} less {1} % is {2}")
    @CsvSource({
        "499, 20, 399",     // 399.2 → 399
        "499, 10, 449",     // 449.1 → 449
        "5, 50, 3",         // 2.5 → 3: half-up
        "15, 10, 14",       // 13.5 → 14
        "25, 10, 23",       // 22.5 → 23
        "1999, 12.5, 1749", // 1749.125 → 1749
        "999, 33.33, 666",  // 666.0333 → 666
        "1, 50, 1",         // 0.5 → 1
        "1000, 0, 1000",
        "1000, 100, 0"})
    void theDiscountIsRoundedHalfUpToTheMinorUnit(long list, String percent, long expected) {
        assertThat(Discount.ofPercent(new BigDecimal(percent)).applyTo(list)).isEqualTo(expected);
        assertThat(dealersEu(percent, Map.of()).priceFor("AUR-X", new Money(list, "EUR")))
            .contains(new Money(expected, "EUR"));
    }

    @Test
    void aListPriceInAnotherCurrencyCannotBePricedWithoutAnOverride() {
        PriceList list = dealersEu("20", Map.of("AUR-US-1", 1299L));

        assertThat(list.priceFor("AUR-US-2", new Money(1500, "USD"))).isEmpty();
        assertThat(list.priceFor("AUR-US-1", new Money(1500, "USD"))).contains(new Money(1299, "EUR"));
    }

    @Test
    void revisingWithTheSameTermsChangesNothingAndOtherTermsMoveTheVersionOn() {
        PriceList list = dealersEu("20", Map.of());

        assertThat(list.revise(new PriceListTerms("EUR", Discount.ofPercent(new BigDecimal("20.00")), Map.of()))).isFalse();
        assertThat(list.version()).isEqualTo(1);
        assertThat(list.revise(new PriceListTerms("EUR", Discount.ofPercent(new BigDecimal("25")), Map.of()))).isTrue();
        assertThat(list.version()).isEqualTo(2);
    }

    @Test
    void validatesCurrencyDiscountAndOverrides() {
        PriceListInput input = new PriceListInput("eur", new BigDecimal("100.5"), List.of(
            new PriceListInput.OverrideInput("AUR-A60", 399L),
            new PriceListInput.OverrideInput("AUR-A60", 299L),
            new PriceListInput.OverrideInput("bad sku", -1L)));

        assertThatThrownBy(() -> PriceListRules.validate(input)).isInstanceOfSatisfying(InvalidPriceList.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("currency", "discountPercent",
                "overrides[1].sku", "overrides[2].sku", "overrides[2].amountMinor"));
    }

    @Test
    void aDiscountHasAtMostTwoDecimals() {
        assertThatThrownBy(() -> PriceListRules.validate(new PriceListInput("EUR", new BigDecimal("12.345"), List.of())))
            .isInstanceOfSatisfying(InvalidPriceList.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("discountPercent", "must have at most two decimals")));
        assertThat(Discount.ofPercent(new BigDecimal("12.50")).percent()).isEqualByComparingTo("12.5");
    }
}
