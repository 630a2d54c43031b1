package com.lumenbridge.catalog.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProductRulesTest {

    @Test
    void acceptsAValidBulbAndDerivesItsEfficacy() {
        ProductDetails details = ProductRules.validate(Inputs.bulb());

        assertThat(details.category()).isEqualTo(Category.BULB);
        assertThat(details.base()).isEqualTo(LampBase.E27);
        assertThat(details.efficacy()).isEqualByComparingTo("89.6");
        assertThat(details.listPrice()).isEqualTo(new Money(499, "EUR"));
    }

    @Test
    void acceptsADriverWithoutLightFieldsAndGivesItNoEfficacy() {
        ProductDetails details = ProductRules.validate(Inputs.driver());

        assertThat(details.lumens()).isNull();
        assertThat(details.efficacy()).isNull();
    }

    @Test
    void treatsNineAndNinePointZeroWattsAsTheSameValue() {
        ProductDetails a = ProductRules.validate(Inputs.bulb());
        ProductDetails b = ProductRules.validate(Inputs.with(Inputs.bulb(), p -> {
            p.watts = new BigDecimal("9.00");
            return p;
        }));

        assertThat(a).isEqualTo(b);
        assertThat(b.watts().toPlainString()).isEqualTo("9");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
            broken("sku", "must be 3–64 upper-case letters", p -> { p.sku = "aur-a60"; return p; }),
            broken("sku", "is required", p -> { p.sku = null; return p; }),
            broken("sku", "must be 3–64 upper-case letters", p -> { p.sku = "-AUR"; return p; }),
            broken("name", "is required", p -> { p.name = "   "; return p; }),
            broken("name", "at most 200", p -> { p.name = "x".repeat(201); return p; }),
            broken("description", "at most 2000", p -> { p.description = "x".repeat(2001); return p; }),
            broken("category", "must be one of", p -> { p.category = "lamp"; return p; }),
            broken("segment", "MASS or PROFESSIONAL", p -> { p.segment = "mass"; return p; }),
            broken("watts", "more than 0", p -> { p.watts = BigDecimal.ZERO; return p; }),
            broken("watts", "more than 0", p -> { p.watts = new BigDecimal("2000.5"); return p; }),
            broken("watts", "two decimals", p -> { p.watts = new BigDecimal("9.125"); return p; }),
            broken("lumens", "more than 0", p -> { p.lumens = 0; return p; }),
            broken("lumens", "is required", p -> { p.lumens = null; return p; }),
            broken("efficacy", "20–250 lm/W", p -> { p.lumens = 5000; return p; }),
            broken("efficacy", "20–250 lm/W", p -> { p.lumens = 100; return p; }),
            broken("cctKelvin", "1500 and 10000", p -> { p.cct = 1499; return p; }),
            broken("cctKelvin", "1500 and 10000", p -> { p.cct = 10001; return p; }),
            broken("cri", "0 and 100", p -> { p.cri = 101; return p; }),
            broken("cri", "0 and 100", p -> { p.cri = -1; return p; }),
            broken("beamAngle", "1 and 360", p -> { p.beam = 0; return p; }),
            broken("beamAngle", "1 and 360", p -> { p.beam = 361; return p; }),
            broken("base", "must be one of", p -> { p.base = "E28"; return p; }),
            broken("ipRating", "IEC 60529", p -> { p.ip = "IP7"; return p; }),
            broken("ipRating", "IEC 60529", p -> { p.ip = "IP70"; return p; }),
            broken("dimmable", "is required", p -> { p.dimmable = null; return p; }),
            broken("voltage", "220-240V", p -> { p.voltage = "mains"; return p; }),
            broken("lifetimeHours", "1000 and 200000", p -> { p.lifetime = 999; return p; }),
            broken("lifetimeHours", "1000 and 200000", p -> { p.lifetime = 200_001; return p; }),
            broken("energyClass", "A to G", p -> { p.energyClass = "A++"; return p; }),
            broken("listPrice.amountMinor", "between 0 and", p -> { p.price = -1L; return p; }),
            broken("listPrice.currency", "ISO 4217", p -> { p.currency = "EURO"; return p; }),
            broken("listPrice.currency", "ISO 4217", p -> { p.currency = "XYZ"; return p; }));
    }

    private static Arguments broken(String field, String message, UnaryOperator<Inputs.Builder> change) {
        return Arguments.of(field, message, change);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenRules")
    void namesTheFieldThatBreaksARule(String field, String message, UnaryOperator<Inputs.Builder> change) {
        assertThatThrownBy(() -> ProductRules.validate(Inputs.with(Inputs.bulb(), change)))
            .isInstanceOfSatisfying(InvalidProduct.class, e -> {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).field()).isEqualTo(field);
                assertThat(e.violations().get(0).message()).contains(message);
            });
    }

    @Test
    void acceptsEveryBaseAndTheIec60529Forms() {
        for (String ip : List.of("IP00", "IP20", "IP44", "IP65", "IP68", "IP69", "IP69K")) {
            ProductRules.validate(Inputs.with(Inputs.bulb(), p -> { p.ip = ip; return p; }));
        }
        for (LampBase base : LampBase.values()) {
            ProductRules.validate(Inputs.with(Inputs.bulb(), p -> { p.base = base.wireName(); return p; }));
        }
        assertThat(new IpRating("IP69K").ordinal()).isEqualTo(70);
        assertThat(IpRating.ofOrdinal(65).code()).isEqualTo("IP65");
    }

    @Test
    void rejectsLightFieldsOnADriver() {
        assertThatThrownBy(() -> ProductRules.validate(Inputs.with(Inputs.driver(), p -> { p.lumens = 100; p.cri = 80; return p; })))
            .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("lumens", "cri"));
    }

    @Test
    void namesEveryOffendingFieldAtOnce() {
        ProductInput input = new ProductInput("bad sku", "", null, "lamp", "MASS", BigDecimal.ONE, 50, 900, 80, 30, "E27",
            "IP20", true, "230V", 20000, "Z", 100L, "EUR");

        assertThatThrownBy(() -> ProductRules.validate(input))
            .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("sku", "name", "category", "cctKelvin", "energyClass"));
    }

    @Test
    void doesNotRepeatAFieldTheReaderCouldNotRead() {
        List<Violation> unreadable = List.of(new Violation("watts", "must be a number"));
        ProductInput input = Inputs.with(Inputs.bulb(), p -> { p.watts = null; return p; });

        assertThatThrownBy(() -> ProductRules.validate(input, unreadable))
            .isInstanceOfSatisfying(InvalidProduct.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("watts", "must be a number")));
    }
}
