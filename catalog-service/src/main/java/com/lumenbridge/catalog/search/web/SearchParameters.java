package com.lumenbridge.catalog.search.web;

import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Segment;
import com.lumenbridge.catalog.search.domain.LampEquivalents;
import com.lumenbridge.catalog.search.domain.Range;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.catalog.search.domain.SortOrder;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * Reads the search query string into {@link SearchCriteria}. Multi-valued filters take repeated
 * parameters or comma-separated values. Every bad parameter is named in one 422.
 */
public final class SearchParameters {

    static final int MAX_TEXT = 200;

    private final MultiValueMap<String, String> params;
    private final List<FieldError> errors = new ArrayList<>();

    private SearchParameters(MultiValueMap<String, String> params) {
        this.params = params;
    }

    public static SearchCriteria parse(MultiValueMap<String, String> params) {
        return new SearchParameters(params).criteria();
    }

    private SearchCriteria criteria() {
        String text = single("q");
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        Set<Category> categories = values("category", Category::fromWireName,
            Arrays.stream(Category.values()).map(Category::wireName).toList());
        Set<Segment> segments = values("segment", v -> Arrays.stream(Segment.values()).filter(s -> s.name().equals(v)).findFirst(),
            List.of("MASS", "PROFESSIONAL"));
        Set<LampBase> bases = values("base", LampBase::fromWireName,
            Arrays.stream(LampBase.values()).map(LampBase::wireName).toList());
        Set<Integer> ipRatings = values("ipRating", v -> IpRating.isValid(v) ? Optional.of(new IpRating(v).ordinal())
            : Optional.empty(), List.of("IP20", "IP44", "IP65", "IP69K"));
        Range cct = range("cctMin", "cctMax");
        Range lumens = range("lumensMin", "lumensMax");
        String replaces = single("replaces");
        if (replaces != null) {
            Optional<Range> equivalent = LampEquivalents.lumensFor(replaces);
            if (equivalent.isEmpty()) {
                errors.add(new FieldError("replaces", "must be a lamp such as incandescent-60W, halogen-42W or cfl-11W; "
                    + "known: " + String.join(", ", LampEquivalents.accepted())));
            } else {
                lumens = lumens.intersect(equivalent.get());
            }
        }
        Long criMin = number("criMin");
        Range beam = range("beamAngleMin", "beamAngleMax");
        Range price = range("priceMin", "priceMax");
        Boolean dimmable = bool("dimmable");
        Long efficacyMin = efficacy("efficacyMin");
        SortOrder sort = SortOrder.RELEVANCE;
        String sortValue = single("sort");
        if (sortValue != null) {
            sort = SortOrder.fromWireName(sortValue).orElse(null);
            if (sort == null) {
                errors.add(new FieldError("sort", "must be one of " + Arrays.stream(SortOrder.values())
                    .map(SortOrder::wireName).toList()));
                sort = SortOrder.RELEVANCE;
            }
        }
        Long page = number("page");
        Long size = number("size");
        int pageNumber = page == null ? 0 : (int) Math.min(page, Integer.MAX_VALUE);
        int pageSize = size == null ? SearchCriteria.DEFAULT_SIZE : (int) Math.max(1, Math.min(size, SearchCriteria.MAX_SIZE));
        if (size != null && size < 1) {
            errors.add(new FieldError("size", "must be at least 1"));
        }
        if ((long) (pageNumber + 1) * pageSize > SearchCriteria.MAX_WINDOW) {
            errors.add(new FieldError("page", "(page + 1) × size must be at most " + SearchCriteria.MAX_WINDOW
                + "; narrow the search instead"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new SearchCriteria(text == null || text.isBlank() ? null : text.strip(), categories, segments, bases, cct,
            lumens, criMin == null ? null : criMin.intValue(), beam, ipRatings, dimmable, efficacyMin, price, sort,
            pageNumber, pageSize);
    }

    private String single(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            errors.add(new FieldError(name, "must be given once"));
        }
        String value = values.get(0);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private <T> Set<T> values(String name, Function<String, Optional<T>> parse, List<String> examples) {
        Set<T> found = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            for (String value : raw.split(",")) {
                if (value.isBlank()) {
                    continue;
                }
                Optional<T> parsed = parse.apply(value.strip());
                if (parsed.isPresent()) {
                    found.add(parsed.get());
                } else {
                    errors.add(new FieldError(name, "'" + value.strip() + "' is not one of " + examples));
                    return found;
                }
            }
        }
        return found;
    }

    private Long number(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from 0"));
        return null;
    }

    private Range range(String minName, String maxName) {
        Long min = number(minName);
        Long max = number(maxName);
        if (min != null && max != null && min > max) {
            errors.add(new FieldError(minName, "must not be above " + maxName));
        }
        return new Range(min, max);
    }

    private Boolean bool(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(name, "must be true or false"));
                yield null;
            }
        };
    }

    /** lm/W with up to one decimal, as tenths rounded up (efficacy is stored with one decimal). */
    private Long efficacy(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal efficacy = new BigDecimal(value);
            if (efficacy.signum() >= 0 && efficacy.compareTo(BigDecimal.valueOf(1000)) <= 0) {
                return efficacy.movePointRight(1).setScale(0, RoundingMode.CEILING).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a number of lm/W from 0 to 1000"));
        return null;
    }
}
