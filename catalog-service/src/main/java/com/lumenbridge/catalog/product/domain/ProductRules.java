package com.lumenbridge.catalog.product.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a product must keep, as a lighting professional would check them. Every rule is
 * checked, so a writer learns about every offending field at once.
 */
public final class ProductRules {

    public static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,63}");
    static final Pattern VOLTAGE = Pattern.compile("\\d{1,3}(\\.\\d)?(-\\d{1,3})?V( (AC|DC|AC/DC))?");
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final BigDecimal WATTS_MAX = BigDecimal.valueOf(2000);
    static final int LUMENS_MAX = 300_000;
    /** LED products range from ~20 lm/W (coloured, filament decor) to ~250 lm/W (best linear modules today). */
    static final BigDecimal EFFICACY_MIN = BigDecimal.valueOf(20);
    static final BigDecimal EFFICACY_MAX = BigDecimal.valueOf(250);
    static final int CCT_MIN = 1500;
    static final int CCT_MAX = 10_000;
    static final int LIFETIME_MIN = 1_000;
    static final int LIFETIME_MAX = 200_000;
    /** The highest price, in minor units, a product or override may have: prices fit an int everywhere. */
    public static final long PRICE_MAX = 1_000_000_000L;

    private ProductRules() {
    }

    /** A SKU in the platform's form: upper-case letters, digits and dashes, 3–64 long. */
    public static boolean isSku(String sku) {
        return sku != null && SKU.matcher(sku).matches();
    }

    /** Checks {@code input}; throws {@link InvalidProduct} naming every offending field. */
    public static ProductDetails validate(ProductInput input) {
        return validate(input, List.of());
    }

    /**
     * Checks {@code input} together with fields the reader could not even read ({@code unreadable},
     * already named); a field named there is not checked again.
     */
    public static ProductDetails validate(ProductInput input, Collection<Violation> unreadable) {
        Set<String> skip = unreadable.stream().map(Violation::field).collect(Collectors.toSet());
        List<Violation> found = new ArrayList<>(unreadable);
        Checker check = new Checker(found, skip);

        check.that("sku", input.sku() != null, "is required")
            .and(isSku(input.sku()), "must be 3–64 upper-case letters, digits or dashes, starting with a letter or digit");
        String name = input.name() == null ? null : input.name().strip();
        check.that("name", name != null && !name.isEmpty(), "is required")
            .and(name != null && name.length() <= NAME_MAX, "must be at most " + NAME_MAX + " characters");
        String description = input.description() == null || input.description().isBlank() ? null
            : input.description().strip();
        check.that("description", description == null || description.length() <= DESCRIPTION_MAX,
            "must be at most " + DESCRIPTION_MAX + " characters");
        Optional<Category> category = Optional.ofNullable(input.category()).flatMap(Category::fromWireName);
        check.that("category", input.category() != null, "is required")
            .and(category.isPresent(), "must be one of " + Arrays.stream(Category.values()).map(Category::wireName).toList());
        Optional<Segment> segment = enumOf(Segment.class, input.segment());
        check.that("segment", input.segment() != null, "is required")
            .and(segment.isPresent(), "must be MASS or PROFESSIONAL");
        BigDecimal watts = input.watts();
        check.that("watts", watts != null, "is required")
            .and(watts != null && watts.signum() > 0 && watts.compareTo(WATTS_MAX) <= 0, "must be more than 0 and at most 2000")
            .and(watts != null && normalise(watts).scale() <= 2, "must have at most two decimals");

        boolean light = category.map(Category::emitsLight).orElse(true);
        if (light) {
            check.that("lumens", input.lumens() != null, "is required")
                .and(input.lumens() != null && input.lumens() > 0 && input.lumens() <= LUMENS_MAX,
                    "must be more than 0 and at most " + LUMENS_MAX);
            check.that("cctKelvin", input.cctKelvin() != null, "is required")
                .and(input.cctKelvin() != null && input.cctKelvin() >= CCT_MIN && input.cctKelvin() <= CCT_MAX,
                    "must be between 1500 and 10000 K");
            check.that("cri", input.cri() != null, "is required")
                .and(input.cri() != null && input.cri() >= 0 && input.cri() <= 100, "must be between 0 and 100");
            check.that("beamAngle", input.beamAngle() != null, "is required")
                .and(input.beamAngle() != null && input.beamAngle() >= 1 && input.beamAngle() <= 360,
                    "must be between 1 and 360 degrees");
            if (!check.failed("lumens") && !check.failed("watts")) {
                BigDecimal efficacy = ProductDetails.efficacy(input.lumens(), watts);
                check.that("efficacy", efficacy.compareTo(EFFICACY_MIN) >= 0 && efficacy.compareTo(EFFICACY_MAX) <= 0,
                    "lumens / watts is " + efficacy.toPlainString() + " lm/W; an LED product has 20–250 lm/W");
            }
        } else {
            String why = "must be absent: a driver emits no light";
            check.that("lumens", input.lumens() == null, why);
            check.that("cctKelvin", input.cctKelvin() == null, why);
            check.that("cri", input.cri() == null, why);
            check.that("beamAngle", input.beamAngle() == null, why);
        }

        Optional<LampBase> base = Optional.ofNullable(input.base()).flatMap(LampBase::fromWireName);
        check.that("base", input.base() != null, "is required")
            .and(base.isPresent(), "must be one of " + Arrays.stream(LampBase.values()).map(LampBase::wireName).toList());
        check.that("ipRating", input.ipRating() != null, "is required")
            .and(IpRating.isValid(input.ipRating()), "must be an IEC 60529 rating such as IP20, IP44, IP65 or IP69K");
        check.that("dimmable", input.dimmable() != null, "is required");
        check.that("voltage", input.voltage() != null, "is required")
            .and(input.voltage() != null && VOLTAGE.matcher(input.voltage()).matches(),
                "must look like 220-240V, 12V DC or 100-277V AC");
        check.that("lifetimeHours", input.lifetimeHours() != null, "is required")
            .and(input.lifetimeHours() != null && input.lifetimeHours() >= LIFETIME_MIN && input.lifetimeHours() <= LIFETIME_MAX,
                "must be between 1000 and 200000 hours");
        Optional<EnergyClass> energyClass = enumOf(EnergyClass.class, input.energyClass());
        check.that("energyClass", input.energyClass() != null, "is required")
            .and(energyClass.isPresent(), "must be one of A to G");
        check.that("listPrice.amountMinor", input.listPriceMinor() != null, "is required")
            .and(input.listPriceMinor() != null && input.listPriceMinor() >= 0 && input.listPriceMinor() <= PRICE_MAX,
                "must be between 0 and " + PRICE_MAX);
        check.that("listPrice.currency", input.currency() != null, "is required")
            .and(Money.isCurrency(input.currency()), "must be an ISO 4217 currency code such as EUR");

        if (!found.isEmpty()) {
            throw new InvalidProduct(found);
        }
        return new ProductDetails(name, description, category.orElseThrow(), segment.orElseThrow(), normalise(watts),
            light ? input.lumens() : null, light ? input.cctKelvin() : null, light ? input.cri() : null,
            light ? input.beamAngle() : null, base.orElseThrow(), new IpRating(input.ipRating()), input.dimmable(),
            input.voltage(), input.lifetimeHours(), energyClass.orElseThrow(),
            new Money(input.listPriceMinor(), input.currency()));
    }

    /** 9, 9.0 and 9.00 watts are the same value and must compare and print the same way. */
    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    /** Records at most one violation per field: the first rule it breaks. */
    private static final class Checker {

        private final List<Violation> found;
        private final Set<String> skip;

        Checker(List<Violation> found, Set<String> skip) {
            this.found = found;
            this.skip = skip;
        }

        Chain that(String field, boolean ok, String message) {
            return new Chain(field).and(ok, message);
        }

        boolean failed(String field) {
            return skip.contains(field) || found.stream().anyMatch(v -> v.field().equals(field));
        }

        final class Chain {

            private final String field;

            Chain(String field) {
                this.field = field;
            }

            Chain and(boolean ok, String message) {
                if (!ok && !failed(field)) {
                    found.add(new Violation(field, message));
                }
                return this;
            }
        }
    }
}
