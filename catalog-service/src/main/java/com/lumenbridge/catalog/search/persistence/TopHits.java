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
 * hits in a heap; when the segment ends they become candidates with their SKU bytes, and the page
 * is cut from the candidates of all segments — at most {@code window} per segment.
 */
final class TopHits {

    /** The sort key of a hit without a value to sort on: after every hit with one, either way. */
    static final long LAST = Long.MAX_VALUE;

    private final SortOrder order;
    private final boolean byScore;
    private final int window;
    private final List<Candidate> candidates = new ArrayList<>();
    // the current segment's best hits: a binary heap with the worst at the root
    private final long[] keys;
    private final int[] ords;
    private final int[] docs;
    private int size;
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
        int capacity = Math.max(window, 0);
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
        if (size < window) {
            keys[size] = key;
            ords[size] = ord;
            docs[size] = doc;
            siftUp(size++);
        } else if (worse(keys[0], ords[0], key, ord)) {
            keys[0] = key;
            ords[0] = ord;
            docs[0] = doc;
            siftDown();
        }
    }

    /** Whether a hit with ({@code key}, {@code ord}) sorts after one with ({@code otherKey}, {@code otherOrd}). */
    private static boolean worse(long key, int ord, long otherKey, int otherOrd) {
        return key > otherKey || key == otherKey && ord > otherOrd;
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!worse(keys[at], ords[at], keys[parent], ords[parent])) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void siftDown() {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && worse(keys[child + 1], ords[child + 1], keys[child], ords[child])) {
                child++;
            }
            if (!worse(keys[child], ords[child], keys[at], ords[at])) {
                return;
            }
            swap(at, child);
            at = child;
        }
    }

    private void swap(int a, int b) {
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

    private void finishSegment() throws IOException {
        if (leaf == null) {
            return;
        }
        SortedDocValues skus = DocValues.getSorted(leaf.reader(), IndexFields.SKU);
        for (int i = 0; i < size; i++) {
            candidates.add(new Candidate(keys[i], BytesRef.deepCopyOf(skus.lookupOrd(ords[i])), leaf.docBase + docs[i]));
        }
        size = 0;
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
