package com.lumenbridge.catalog.search.persistence;

import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Segment;
import com.lumenbridge.catalog.search.domain.Band;
import com.lumenbridge.catalog.search.domain.Bands;
import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Sees every document the base query matches (text, audience and the filters that have no facet)
 * and applies the faceted filters itself, in one pass: a document that passes them all is a hit,
 * counted in every facet and offered to {@link TopHits} with its sort key; a document that fails exactly one is a
 * near miss, counted only in that filter's own facet. That is drill-sideways counting — each
 * facet's counts ignore its own filter — at the cost of one pass over the base matches.
 */
final class FacetingCollector implements Collector {

    private static final int DIMS = Facet.values().length;

    private final SearchCriteria criteria;
    private final PricingPlan pricing;
    private final TopHits top;
    private final LeafColumns.Source columns;
    private final boolean[] categories;
    private final boolean[] segments;
    private final boolean[] bases;
    private final boolean[] ipRatings;
    private final int dimmable;
    /** Lowest price of each price band after the first, for a branch-cheap band lookup per match. */
    private final long[] priceBandStarts = Bands.PRICE.stream().skip(1).mapToLong(Band::min).toArray();
    final long[][] counts = new long[DIMS][];
    long total;

    FacetingCollector(SearchCriteria criteria, PricingPlan pricing, TopHits top, LeafColumns.Source columns) {
        this.criteria = criteria;
        this.pricing = pricing;
        this.top = top;
        this.columns = columns;
        this.categories = mask(Category.values().length, criteria.categories().stream().mapToInt(Enum::ordinal).toArray());
        this.segments = mask(Segment.values().length, criteria.segments().stream().mapToInt(Enum::ordinal).toArray());
        this.bases = mask(LampBase.values().length, criteria.bases().stream().mapToInt(Enum::ordinal).toArray());
        this.ipRatings = mask(IpRating.COUNT, criteria.ipRatings().stream().mapToInt(Integer::intValue).toArray());
        this.dimmable = criteria.dimmable() == null ? -1 : criteria.dimmable() ? 1 : 0;
        counts[Facet.CATEGORY.ordinal()] = new long[Category.values().length];
        counts[Facet.SEGMENT.ordinal()] = new long[Segment.values().length];
        counts[Facet.BASE.ordinal()] = new long[LampBase.values().length];
        counts[Facet.CCT_BAND.ordinal()] = new long[Bands.CCT.size()];
        counts[Facet.LUMEN_BAND.ordinal()] = new long[Bands.LUMENS.size()];
        counts[Facet.DIMMABLE.ordinal()] = new long[2];
        counts[Facet.IP_RATING.ordinal()] = new long[IpRating.COUNT];
        counts[Facet.PRICE_BAND.ordinal()] = new long[Bands.PRICE.size()];
    }

    private static boolean[] mask(int size, int[] allowed) {
        if (allowed.length == 0) {
            return null;
        }
        boolean[] mask = new boolean[size];
        for (int a : allowed) {
            mask[a] = true;
        }
        return mask;
    }

    @Override
    public ScoreMode scoreMode() {
        // every match must be seen for exact counts, so no skipping by score
        return top.needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafColumns values = columns.of(context);
        boolean cctFilter = !criteria.cct().isAny();
        long cctMin = criteria.cct().lower();
        long cctMax = criteria.cct().upper();
        boolean lumenFilter = !criteria.lumens().isAny();
        long lumensMin = criteria.lumens().lower();
        long lumensMax = criteria.lumens().upper();
        boolean priceFilter = !criteria.price().isAny();
        long priceMin = criteria.price().lower();
        long priceMax = criteria.price().upper();
        LeafPrices prices = pricing.forLeaf(context);
        top.startSegment(context, values);
        boolean scores = top.needsScores();
        long[] categoryCounts = counts[Facet.CATEGORY.ordinal()];
        long[] segmentCounts = counts[Facet.SEGMENT.ordinal()];
        long[] baseCounts = counts[Facet.BASE.ordinal()];
        long[] cctCounts = counts[Facet.CCT_BAND.ordinal()];
        long[] lumenCounts = counts[Facet.LUMEN_BAND.ordinal()];
        long[] dimmableCounts = counts[Facet.DIMMABLE.ordinal()];
        long[] ipCounts = counts[Facet.IP_RATING.ordinal()];
        long[] priceCounts = counts[Facet.PRICE_BAND.ordinal()];

        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                long amount = prices.price(doc);
                long packed = values.packed(doc);
                if (amount < 0 || packed == LeafColumns.MISSING) {
                    return;
                }
                int category = IndexFields.category(packed);
                int segment = IndexFields.segment(packed);
                int base = IndexFields.base(packed);
                int dim = IndexFields.dimmable(packed);
                int ip = IndexFields.ip(packed);
                int cctBand = IndexFields.cctBand(packed);
                int lumenBand = IndexFields.lumenBand(packed);
                int priceBand = 0;
                while (priceBand < priceBandStarts.length && amount >= priceBandStarts[priceBand]) {
                    priceBand++;
                }

                int misses = 0;
                int missed = -1;
                if (categories != null && !categories[category]) {
                    misses++;
                    missed = 0;
                }
                if (segments != null && !segments[segment]) {
                    misses++;
                    missed = 1;
                }
                if (bases != null && !bases[base]) {
                    misses++;
                    missed = 2;
                }
                if (cctFilter && !within(values.cct(doc), cctMin, cctMax)) {
                    misses++;
                    missed = 3;
                }
                if (lumenFilter && !within(values.lumens(doc), lumensMin, lumensMax)) {
                    misses++;
                    missed = 4;
                }
                if (dimmable >= 0 && dim != dimmable) {
                    misses++;
                    missed = 5;
                }
                if (ipRatings != null && !ipRatings[ip]) {
                    misses++;
                    missed = 6;
                }
                if (priceFilter && (amount < priceMin || amount > priceMax)) {
                    misses++;
                    missed = 7;
                }
                if (misses > 1) {
                    return;
                }
                if (misses == 0) {
                    total++;
                    top.offer(doc, top.key(values, doc, amount, scores ? scorer.score() : 0));
                }
                if (missed < 0 || missed == 0) {
                    categoryCounts[category]++;
                }
                if (missed < 0 || missed == 1) {
                    segmentCounts[segment]++;
                }
                if (missed < 0 || missed == 2) {
                    baseCounts[base]++;
                }
                if ((missed < 0 || missed == 3) && cctBand >= 0) {
                    cctCounts[cctBand]++;
                }
                if ((missed < 0 || missed == 4) && lumenBand >= 0) {
                    lumenCounts[lumenBand]++;
                }
                if (missed < 0 || missed == 5) {
                    dimmableCounts[dim]++;
                }
                if (missed < 0 || missed == 6) {
                    ipCounts[ip]++;
                }
                if (missed < 0 || missed == 7) {
                    priceCounts[priceBand]++;
                }
            }
        };
    }

    private static boolean within(int value, long min, long max) {
        return value != LeafColumns.MISSING_INT && value >= min && value <= max;
    }
}
