package com.lumenbridge.gateway.ops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramsTest {

    private static NavigableMap<Double, Double> buckets(double... boundAndCount) {
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        for (int i = 0; i < boundAndCount.length; i += 2) {
            buckets.put(boundAndCount[i], boundAndCount[i + 1]);
        }
        return buckets;
    }

    @Test
    void interpolatesInsideTheBucketTheRankFallsIn() {
        // 100 observations: 50 under 0.1 s, 40 between 0.1 and 0.5 s, 10 between 0.5 and 1 s
        NavigableMap<Double, Double> buckets = buckets(0.1, 50, 0.5, 90, 1.0, 100, Double.POSITIVE_INFINITY, 100);

        assertThat(Histograms.quantile(0.5, buckets).getAsDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(Histograms.quantile(0.7, buckets).getAsDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(Histograms.quantile(0.95, buckets).getAsDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(Histograms.quantile(0.25, buckets).getAsDouble()).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void answersTheHighestFiniteBoundWhenTheRankIsInTheInfiniteBucket() {
        NavigableMap<Double, Double> buckets = buckets(0.1, 10, 0.5, 80, Double.POSITIVE_INFINITY, 100);

        assertThat(Histograms.quantile(0.99, buckets).getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void skipsEmptyBucketsBelowTheRank() {
        NavigableMap<Double, Double> buckets = buckets(0.1, 0, 0.2, 0, 0.4, 10, Double.POSITIVE_INFINITY, 10);

        assertThat(Histograms.quantile(0.5, buckets).getAsDouble()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void knowsNothingWithoutObservations() {
        assertThat(Histograms.quantile(0.5, buckets(0.1, 0, Double.POSITIVE_INFINITY, 0))).isEmpty();
        assertThat(Histograms.quantile(0.5, new TreeMap<>())).isEmpty();
    }
}
