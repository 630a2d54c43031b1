package com.lumenbridge.catalog.search.domain;

import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Segment;
import java.util.Objects;
import java.util.Set;

/**
 * One catalog search. Within a multi-valued filter the values are alternatives (bulb or tube);
 * filters combine with AND. Empty sets, {@link Range#ANY} and nulls mean "no filter". Ranges are
 * inclusive. {@code efficacyMinTenths} is lm/W × 10 (efficacy has one decimal).
 *
 * @param lumens the lumen filter, already intersected with the range of a "replaces" lamp
 * @param price the caller's own price, in minor units
 */
public record SearchCriteria(
    String text,
    Set<Category> categories,
    Set<Segment> segments,
    Set<LampBase> bases,
    Range cct,
    Range lumens,
    Integer criMin,
    Range beamAngle,
    Set<Integer> ipRatings,
    Boolean dimmable,
    Long efficacyMinTenths,
    Range price,
    SortOrder sort,
    int page,
    int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Deep pages cost a full sort of everything before them; nobody reads past this. */
    public static final int MAX_WINDOW = 10_000;

    public SearchCriteria {
        categories = Set.copyOf(categories);
        segments = Set.copyOf(segments);
        bases = Set.copyOf(bases);
        ipRatings = Set.copyOf(ipRatings);
        Objects.requireNonNull(cct, "cct");
        Objects.requireNonNull(lumens, "lumens");
        Objects.requireNonNull(beamAngle, "beamAngle");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(sort, "sort");
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of bounds");
        }
    }

    /** Everything, in relevance order, first page. */
    public static SearchCriteria everything() {
        return new SearchCriteria(null, Set.of(), Set.of(), Set.of(), Range.ANY, Range.ANY, null, Range.ANY, Set.of(),
            null, null, Range.ANY, SortOrder.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
