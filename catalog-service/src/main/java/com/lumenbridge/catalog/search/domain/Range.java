package com.lumenbridge.catalog.search.domain;

/** An inclusive range of whole numbers; either end may be open (null). */
public record Range(Long min, Long max) {

    public static final Range ANY = new Range(null, null);

    public static Range of(Integer min, Integer max) {
        return new Range(min == null ? null : min.longValue(), max == null ? null : max.longValue());
    }

    public boolean isAny() {
        return min == null && max == null;
    }

    public boolean contains(long value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    public long lower() {
        return min == null ? Long.MIN_VALUE : min;
    }

    public long upper() {
        return max == null ? Long.MAX_VALUE : max;
    }

    /** Values in both ranges; may be empty (lower above upper), which nothing is in. */
    public Range intersect(Range other) {
        Long lo = min == null ? other.min : other.min == null ? min : Long.valueOf(Math.max(min, other.min));
        Long hi = max == null ? other.max : other.max == null ? max : Long.valueOf(Math.min(max, other.max));
        return new Range(lo, hi);
    }
}
