package com.lumenbridge.catalog.search.persistence;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

/**
 * The values every search reads for every match of one segment — the packed facets, colour
 * temperature, light output, efficacy and the SKU's place in the segment's SKU order — copied out
 * of the segment's doc values into plain arrays once. A search that matches the whole catalog then
 * reads an array entry per document instead of decoding a doc-value iterator per value. Segments
 * never change, so the copy stays true for the segment's life; 24 bytes a document.
 */
final class LeafColumns {

    /** Marks a document without the value (a driver has no lumens, an unindexed one no facets). */
    static final long MISSING = Long.MIN_VALUE;
    static final int MISSING_INT = Integer.MIN_VALUE;

    private final long[] packed;
    private final int[] cct;
    private final int[] lumens;
    private final int[] efficacyTenths;
    private final int[] skuOrds;

    private LeafColumns(long[] packed, int[] cct, int[] lumens, int[] efficacyTenths, int[] skuOrds) {
        this.packed = packed;
        this.cct = cct;
        this.lumens = lumens;
        this.efficacyTenths = efficacyTenths;
        this.skuOrds = skuOrds;
    }

    static LeafColumns read(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        long[] packed = new long[maxDoc];
        Arrays.fill(packed, MISSING);
        NumericDocValues packedValues = DocValues.getNumeric(reader, IndexFields.PACKED);
        for (int doc = packedValues.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = packedValues.nextDoc()) {
            packed[doc] = packedValues.longValue();
        }
        int[] skuOrds = new int[maxDoc];
        SortedDocValues skus = DocValues.getSorted(reader, IndexFields.SKU);
        for (int doc = skus.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = skus.nextDoc()) {
            skuOrds[doc] = skus.ordValue();
        }
        return new LeafColumns(packed, ints(reader, IndexFields.CCT, maxDoc), ints(reader, IndexFields.LUMENS, maxDoc),
            ints(reader, IndexFields.EFFICACY, maxDoc), skuOrds);
    }

    private static int[] ints(LeafReader reader, String field, int maxDoc) throws IOException {
        int[] values = new int[maxDoc];
        Arrays.fill(values, MISSING_INT);
        NumericDocValues docValues = DocValues.getNumeric(reader, field);
        for (int doc = docValues.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            values[doc] = Math.toIntExact(docValues.longValue());
        }
        return values;
    }

    /** The packed facet value of {@code doc}, or {@link #MISSING}. */
    long packed(int doc) {
        return packed[doc];
    }

    /** The colour temperature of {@code doc} in kelvin, or {@link #MISSING_INT}. */
    int cct(int doc) {
        return cct[doc];
    }

    /** The light output of {@code doc} in lumens, or {@link #MISSING_INT}. */
    int lumens(int doc) {
        return lumens[doc];
    }

    /** The efficacy of {@code doc} in tenths of a lumen per watt, or {@link #MISSING_INT}. */
    int efficacyTenths(int doc) {
        return efficacyTenths[doc];
    }

    /** Each document's SKU as its ordinal in the segment's sorted SKUs: orders SKUs within this segment only. */
    int[] skuOrds() {
        return skuOrds;
    }

    /** The columns of a segment, from wherever they are kept. */
    @FunctionalInterface
    interface Source {
        LeafColumns of(LeafReaderContext context) throws IOException;
    }

    /** Heap bytes held, for a bounded cache. */
    int weight() {
        return 64 + packed.length * 24;
    }
}
