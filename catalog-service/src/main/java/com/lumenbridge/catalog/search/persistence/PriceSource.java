package com.lumenbridge.catalog.search.persistence;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;

/** The caller's price as a Lucene value source, so results sort by it like by any stored number. */
final class PriceSource extends LongValuesSource {

    private final PricingPlan pricing;

    PriceSource(PricingPlan pricing) {
        this.pricing = pricing;
    }

    @Override
    public LongValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        LeafPrices prices = pricing.forLeaf(context);
        return new LongValues() {
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = prices.price(doc);
                return value >= 0;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(pricing);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceSource other && other.pricing == pricing;
    }

    @Override
    public String toString() {
        return "callerPrice";
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }
}
