package com.lumenbridge.catalog.search.persistence;

import com.lumenbridge.catalog.search.domain.SortOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSelector;
import org.apache.lucene.util.NumericUtils;

/**
 * The best {@code window} hits of one search, in its sort order, ties broken by SKU. It takes the
 * place of Lucene's {@code TopFieldCollector}, which read each hit's sort values through doc-value
 * iterators and compared them through a chain of comparators: a quarter of catalog-service's CPU
 * under search load (async-profiler, 2026-11-26). Here a hit's sort key is one {@code long} from
 * values the faceting pass has already read, and its SKU is its ordinal in the segment's sorted
 * SKU column, so offering a hit is two array reads and a comparison.
 *
 * <p>Ordinals order SKUs only within a segment, so each segment keeps its own best {@code window}
 * hits; when the segment ends they become candidates with their SKU bytes, and the page is cut
 * from the candidates of all segments — at most {@code window} per segment.
 *
 * <p>Within a segment, hits that beat the best {@code window} so far go to a buffer; a full buffer
 * is cut back to its best {@code window} by a linear-time selection, and the worst of those becomes
 * the bar a hit must beat. A heap instead costs a sift for every hit that beats its worst, which is
 * every hit when they arrive in improving order — as they did in the running service, where ties
 * broken by SKU came in falling SKU order, and sifting took a fifth of catalog-service's CPU.
 */
final class TopHits {

    /** The sort key of a hit without a value to sort on: after every hit with one, either way. */
    static final long LAST = Long.MAX_VALUE;
    /** Buffered hits beyond the window before a selection: selections stay rare even when every hit qualifies. */
    private static final int BUFFER_SLACK = 512;

    private final SortOrder order;
    private final boolean byScore;
    private final int window;
    private final List<Candidate> candidates = new ArrayList<>();
    // the current segment's hits that beat the bar when they came
    private final long[] keys;
    private final int[] ords;
    private final int[] docs;
    private final Selection selection = new Selection();
    private int size;
    private boolean barred;
    private long barKey;
    private int barOrd;
    private LeafReaderContext leaf;
    private int[] skuOrds;

    private record Candidate(long key, BytesRef sku, int doc) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingLong(Candidate::key)
        .thenComparing(Candidate::sku);

    /**
     * @param order   the requested order
     * @param byScore whether {@link SortOrder#RELEVANCE} means the text score (there is text) or SKU alone
     * @param window  how many of the best hits to keep: the requested page and every page before it
     */
    TopHits(SortOrder order, boolean byScore, int window) {
        this.order = order;
        this.byScore = byScore;
        this.window = window;
        int capacity = Math.max(window, 0) + Math.max(window, BUFFER_SLACK);
        this.keys = new long[capacity];
        this.ords = new int[capacity];
        this.docs = new int[capacity];
    }

    boolean needsScores() {
        return byScore;
    }

    /** Starts a segment; the previous one's best hits become candidates. */
    void startSegment(LeafReaderContext context, LeafColumns columns) throws IOException {
        finishSegment();
        leaf = context;
        skuOrds = columns.skuOrds();
    }

    /**
     * The sort key of a hit: lower sorts first. {@code price} is the caller's price, {@code score}
     * the text score when {@link #needsScores()}.
     */
    long key(LeafColumns columns, int doc, long price, float score) {
        return switch (order) {
            case RELEVANCE -> byScore ? -(long) NumericUtils.floatToSortableInt(score) : 0;
            case PRICE -> price;
            case PRICE_DESC -> -price;
            case LUMENS -> ascending(columns.lumens(doc));
            case LUMENS_DESC -> descending(columns.lumens(doc));
            case EFFICACY -> ascending(columns.efficacyTenths(doc));
            case EFFICACY_DESC -> descending(columns.efficacyTenths(doc));
        };
    }

    private static long ascending(int value) {
        return value == LeafColumns.MISSING_INT ? LAST : value;
    }

    private static long descending(int value) {
        return value == LeafColumns.MISSING_INT ? LAST : -(long) value;
    }

    /** Offers a hit of the current segment with its {@link #key}. */
    void offer(int doc, long key) {
        if (window <= 0) {
            return;
        }
        int ord = skuOrds[doc];
        if (barred && !worse(barKey, barOrd, key, ord)) {
            return;
        }
        if (size == keys.length) {
            cutToWindow();
            if (!worse(barKey, barOrd, key, ord)) {
                return;
            }
        }
        keys[size] = key;
        ords[size] = ord;
        docs[size] = doc;
        size++;
    }

    /** Whether a hit with ({@code key}, {@code ord}) sorts after one with ({@code otherKey}, {@code otherOrd}). */
    private static boolean worse(long key, int ord, long otherKey, int otherOrd) {
        return key > otherKey || key == otherKey && ord > otherOrd;
    }

    /** Keeps the best {@code window} buffered hits, in no particular order, and raises the bar to the worst of them. */
    private void cutToWindow() {
        if (size > window) {
            selection.select(0, size, window - 1);
            size = window;
        }
        int worst = 0;
        for (int i = 1; i < size; i++) {
            if (worse(keys[i], ords[i], keys[worst], ords[worst])) {
                worst = i;
            }
        }
        barred = true;
        barKey = keys[worst];
        barOrd = ords[worst];
    }

    /** Orders buffer entries best first, as far as a selection needs. */
    private final class Selection extends IntroSelector {
        private long pivotKey;
        private int pivotOrd;

        @Override
        protected void setPivot(int i) {
            pivotKey = keys[i];
            pivotOrd = ords[i];
        }

        @Override
        protected int comparePivot(int j) {
            return worse(pivotKey, pivotOrd, keys[j], ords[j]) ? 1 : worse(keys[j], ords[j], pivotKey, pivotOrd) ? -1 : 0;
        }

        @Override
        protected void swap(int a, int b) {
            long key = keys[a];
            keys[a] = keys[b];
            keys[b] = key;
            int ord = ords[a];
            ords[a] = ords[b];
            ords[b] = ord;
            int doc = docs[a];
            docs[a] = docs[b];
            docs[b] = doc;
        }
    }

    private void finishSegment() throws IOException {
        if (leaf == null) {
            return;
        }
        if (size > window) {
            selection.select(0, size, window - 1);
            size = window;
        }
        SortedDocValues skus = DocValues.getSorted(leaf.reader(), IndexFields.SKU);
        for (int i = 0; i < size; i++) {
            candidates.add(new Candidate(keys[i], BytesRef.deepCopyOf(skus.lookupOrd(ords[i])), leaf.docBase + docs[i]));
        }
        size = 0;
        barred = false;
        leaf = null;
    }

    /** The index-wide document numbers of hits {@code from} to {@code from + count}, in order. */
    int[] page(int from, int count) throws IOException {
        finishSegment();
        candidates.sort(BEST_FIRST);
        int end = Math.min(candidates.size(), Math.min(window, from + count));
        if (from >= end) {
            return new int[0];
        }
        int[] page = new int[end - from];
        for (int i = from; i < end; i++) {
            page[i - from] = candidates.get(i).doc();
        }
        return page;
    }
}
