package com.lumenbridge.catalog.search.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Replaces" search for mass buyers: {@code incandescent-60W} → the lumen range of LED lamps that
 * may claim to replace a 60 W incandescent bulb.
 *
 * <p>The incandescent figures are the EU equivalence table for non-directional household lamps,
 * Commission Regulation (EC) No 244/2009, Annex II, Table 5 ("Rated lamp luminous flux Φ (lm)" ↔
 * "Claimed equivalent incandescent lamp power (W)"): a lamp may claim an incandescent wattage only
 * if it gives at least that flux. So {@code incandescent-60W} is 806 lm up to just below the next
 * step (1055 lm, the 75 W claim); the top step ends at +30 %.
 *
 * <p>Halogen and CFL lamps are mapped onto the incandescent step they were sold to replace: mains
 * halogen "ECO" lamps of 18/28/42/53/70 W (EU) and 29/43/53/72 W (US EISA 2007) replace 25/40/60/
 * 75/100 W incandescents; compact fluorescents follow the ENERGY STAR lumen-equivalence figures
 * (5 W ≈ 25 W, 8–9 W ≈ 40 W, 11–14 W ≈ 60 W, 15–19 W ≈ 75 W, 20–26 W ≈ 100 W, 30–42 W ≈ 150 W).
 */
public final class LampEquivalents {

    /** Incandescent watts → minimum lumens, Regulation (EC) No 244/2009, Annex II, Table 5. */
    static final Map<Integer, Integer> INCANDESCENT_MIN_LUMENS = table(
        15, 136, 25, 249, 40, 470, 60, 806, 75, 1055, 100, 1521, 150, 2452, 200, 3452);

    static final Map<Integer, Integer> HALOGEN_TO_INCANDESCENT = table(
        18, 25, 28, 40, 29, 40, 42, 60, 43, 60, 53, 75, 70, 100, 72, 100);

    static final Map<Integer, Integer> CFL_TO_INCANDESCENT = table(
        5, 25, 8, 40, 9, 40, 11, 60, 12, 60, 13, 60, 14, 60, 15, 75, 18, 75, 19, 75, 20, 100, 23, 100, 26, 100,
        30, 150, 42, 150);

    private LampEquivalents() {
    }

    /** Every value {@code replaces} accepts, e.g. {@code incandescent-60W}, {@code halogen-42W}, {@code cfl-11W}. */
    public static List<String> accepted() {
        return java.util.stream.Stream.of(
                INCANDESCENT_MIN_LUMENS.keySet().stream().map(w -> "incandescent-" + w + "W"),
                HALOGEN_TO_INCANDESCENT.keySet().stream().map(w -> "halogen-" + w + "W"),
                CFL_TO_INCANDESCENT.keySet().stream().map(w -> "cfl-" + w + "W"))
            .flatMap(s -> s).toList();
    }

    /** The lumen range an LED replacement for {@code lamp} gives, or empty for an unknown lamp. */
    public static Optional<Range> lumensFor(String lamp) {
        if (lamp == null) {
            return Optional.empty();
        }
        String[] parts = lamp.toLowerCase(java.util.Locale.ROOT).split("-", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}w")) {
            return Optional.empty();
        }
        int watts = Integer.parseInt(parts[1].substring(0, parts[1].length() - 1));
        Integer incandescent = switch (parts[0]) {
            case "incandescent" -> INCANDESCENT_MIN_LUMENS.containsKey(watts) ? watts : null;
            case "halogen" -> HALOGEN_TO_INCANDESCENT.get(watts);
            case "cfl" -> CFL_TO_INCANDESCENT.get(watts);
            default -> null;
        };
        return Optional.ofNullable(incandescent).map(LampEquivalents::incandescentRange);
    }

    private static Range incandescentRange(int watts) {
        long min = INCANDESCENT_MIN_LUMENS.get(watts);
        long max = INCANDESCENT_MIN_LUMENS.entrySet().stream()
            .filter(e -> e.getKey() > watts)
            .mapToLong(e -> e.getValue() - 1L)
            .findFirst()
            .orElse(Math.round(min * 1.3));
        return new Range(min, max);
    }

    private static Map<Integer, Integer> table(int... pairs) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
