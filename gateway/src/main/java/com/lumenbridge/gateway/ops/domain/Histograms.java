package com.lumenbridge.gateway.ops.domain;

import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/**
 * Quantiles from cumulative histogram buckets, estimated as Prometheus' {@code histogram_quantile}
 * does: find the bucket the rank falls in and interpolate linearly inside it. A rank in the
 * {@code +Inf} bucket answers the highest finite bound, since nothing better is known.
 */
public final class Histograms {

    private Histograms() {
    }

    /**
     * @param buckets upper bound ({@code le}) to the cumulative count of observations at or under it
     * @return the estimate, or empty when there were no observations
     */
    public static OptionalDouble quantile(double q, NavigableMap<Double, Double> buckets) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("A quantile is between 0 and 1, not " + q);
        }
        if (buckets.isEmpty()) {
            return OptionalDouble.empty();
        }
        double total = buckets.lastEntry().getValue();
        if (!(total > 0)) {
            return OptionalDouble.empty();
        }
        double rank = q * total;
        double lowerBound = 0;
        double countBelow = 0;
        for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
            double upperBound = bucket.getKey();
            double count = bucket.getValue();
            if (count >= rank && count > countBelow) {
                if (Double.isInfinite(upperBound)) {
                    return OptionalDouble.of(lowerBound);
                }
                return OptionalDouble.of(lowerBound + (upperBound - lowerBound) * (rank - countBelow) / (count - countBelow));
            }
            lowerBound = Double.isInfinite(upperBound) ? lowerBound : upperBound;
            countBelow = count;
        }
        return OptionalDouble.of(lowerBound);
    }
}
