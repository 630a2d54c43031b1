package com.lumenbridge.catalog.search.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.Segment;
import com.lumenbridge.catalog.search.application.CatalogIndex;
import com.lumenbridge.catalog.search.application.FacetCount;
import com.lumenbridge.catalog.product.application.PricedProduct;
import com.lumenbridge.catalog.search.application.SearchPage;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.Band;
import com.lumenbridge.catalog.search.domain.Bands;
import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.catalog.search.domain.SortOrder;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product search index of one running instance: an in-memory Lucene index, written through a
 * near-real-time {@link IndexWriter} and searched through a {@link SearcherManager}. It keeps the
 * version of every SKU it holds, so snapshots from the start-up rebuild and from events can arrive
 * in any order and the highest version wins.
 */
public final class ProductIndex implements CatalogIndex, Closeable {

    private final ObjectWriter snapshotWriter;
    private final ObjectReader snapshotReader;
    private final Analyzer analyzer = new EnglishAnalyzer();
    /**
     * Each file in one heap buffer, not in Lucene's default run of up to a few hundred blocks: every
     * search clones the inputs it reads (term dictionaries, postings, doc values, one product per
     * hit), and cloning a many-block input duplicates every block's buffer. That was most of what a
     * search allocated.
     */
    private final Directory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    /** Partners' prices per segment: 4 bytes a document, bounded to 256 MB, dropped when unused. */
    private final Cache<PricingPlan.PriceKey, int[]> segmentPrices = Caffeine.newBuilder()
        .maximumWeight(256L * 1024 * 1024)
        .weigher((PricingPlan.PriceKey key, int[] prices) -> 64 + prices.length * 4)
        .expireAfterAccess(Duration.ofMinutes(10))
        .build();
    /** Each segment's facet columns, dropped with the segment (merged away, index closed). */
    private final Cache<IndexReader.CacheKey, LeafColumns> segmentColumns = Caffeine.newBuilder()
        .weakKeys()
        .build();
    private volatile boolean dirty;

    public ProductIndex(JsonMapper json) {
        this.snapshotWriter = json.writerFor(ProductSnapshot.class);
        this.snapshotReader = json.readerFor(ProductSnapshot.class);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setMergePolicy(fewSegments())
                .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index", e);
        }
    }

    /**
     * Merges small segments sooner than Lucene's default (10 a tier, 2 MB floor). An import
     * refreshes the index after every batch of 1 000 rows, and each refresh writes a segment; a
     * search pays for every segment: a scorer, doc-value iterators and cloned inputs for each, and
     * each one's best hits looked up by SKU. With the default, 50 000 SKUs written that way stayed
     * in 5 segments in process (and 11 were open in catalog-service after the catalog bench's two
     * imports). At 3 a tier, with every segment under 16 MB counted as 16 MB, they end in 2: heap
     * allocated per search 386 → 310 KB, for about 1–2 s more merging, in the background, over the
     * whole import ({@code SearchBenchmark}, 2026-11-27).
     */
    private static TieredMergePolicy fewSegments() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(3);
        policy.setFloorSegmentMB(16);
        return policy;
    }

    @Override
    public boolean apply(ProductSnapshot product) {
        boolean[] applied = {false};
        versions.compute(product.sku(), (sku, held) -> {
            if (held != null && held >= product.version()) {
                return held;
            }
            try {
                writer.updateDocument(new Term(IndexFields.SKU, sku),
                    IndexFields.document(product, snapshotWriter.writeValueAsBytes(product)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not index " + sku, e);
            }
            applied[0] = true;
            return product.version();
        });
        if (applied[0]) {
            dirty = true;
        }
        return applied[0];
    }

    /** The version of {@code sku} this index holds, or 0 when it holds none. */
    public long versionOf(String sku) {
        return versions.getOrDefault(sku, 0L);
    }

    @Override
    public void refresh() {
        dirty = false;
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not refresh the search index", e);
        }
    }

    /** Refreshes only when something was applied since the last refresh; for a periodic refresher. */
    public void refreshIfChanged() {
        if (dirty) {
            refresh();
        }
    }

    /** Heap bytes the index takes: its files, and what the writer holds not yet flushed. */
    public long heapBytes() {
        try {
            long bytes = writer.ramBytesUsed();
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The segments searches currently read: each one adds to the cost of every search. */
    public int segmentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return versions.size();
    }

    @Override
    public SearchPage search(Audience audience, SearchCriteria criteria) {
        Query query = baseQuery(audience, criteria);
        if (query == null) {
            return new SearchPage(List.of(), 0, criteria.page(), criteria.size(), facets(null));
        }
        PricingPlan pricing = new PricingPlan(audience, segmentPrices);
        boolean byScore = criteria.sort() == SortOrder.RELEVANCE && criteria.hasText();
        TopHits top = new TopHits(criteria.sort(), byScore, (criteria.page() + 1) * criteria.size());
        FacetingCollector collector = new FacetingCollector(criteria, pricing, top, this::columns);
        IndexSearcher searcher = acquire();
        try {
            searcher.search(query, collector);
            int[] page = top.page(criteria.page() * criteria.size(), criteria.size());
            return new SearchPage(load(searcher, pricing, page), collector.total, criteria.page(), criteria.size(),
                facets(collector));
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        } finally {
            release(searcher);
        }
    }

    private Query baseQuery(Audience audience, SearchCriteria criteria) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (audience instanceof Audience.Owner owner) {
            query.add(new TermQuery(new Term(IndexFields.MANUFACTURER, owner.manufacturerId())), BooleanClause.Occur.FILTER);
        } else if (audience instanceof Audience.Partner partner && !partner.priceListByManufacturer().isEmpty()) {
            query.add(new TermQuery(new Term(IndexFields.STATUS, "ACTIVE")), BooleanClause.Occur.FILTER);
            query.add(new TermInSetQuery(IndexFields.MANUFACTURER, partner.priceListByManufacturer().keySet().stream()
                .map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        } else {
            return null;
        }
        if (criteria.hasText()) {
            Query text = TextQueries.of(criteria.text(), analyzer);
            if (text != null) {
                query.add(text, BooleanClause.Occur.MUST);
            }
        }
        if (criteria.criMin() != null) {
            query.add(IntPoint.newRangeQuery(IndexFields.CRI, criteria.criMin(), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (!criteria.beamAngle().isAny()) {
            query.add(IntPoint.newRangeQuery(IndexFields.BEAM, clamp(criteria.beamAngle().lower()),
                clamp(criteria.beamAngle().upper())), BooleanClause.Occur.FILTER);
        }
        if (criteria.efficacyMinTenths() != null) {
            query.add(LongPoint.newRangeQuery(IndexFields.EFFICACY, criteria.efficacyMinTenths(), Long.MAX_VALUE),
                BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private LeafColumns columns(LeafReaderContext context) throws IOException {
        IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
        if (helper == null) {
            return LeafColumns.read(context.reader());
        }
        try {
            return segmentColumns.get(helper.getKey(), key -> {
                try {
                    return LeafColumns.read(context.reader());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The page's products, in page order. Each segment's snapshots are read through one doc-values
     * iterator, in document order as iterators require: opening one per hit cost a clone of the
     * segment's input and a read buffer each.
     */
    private List<PricedProduct> load(IndexSearcher searcher, PricingPlan pricing, int[] page) throws IOException {
        long[] byDoc = new long[page.length];
        for (int i = 0; i < page.length; i++) {
            byDoc[i] = (long) page[i] << 32 | i;
        }
        Arrays.sort(byDoc);
        PricedProduct[] products = new PricedProduct[page.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues snapshots = null;
        for (long entry : byDoc) {
            int doc = (int) (entry >>> 32);
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                snapshots = DocValues.getBinary(leaf.reader(), IndexFields.SNAPSHOT);
            }
            if (!snapshots.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Indexed product without its snapshot: document " + doc);
            }
            BytesRef stored = snapshots.binaryValue();
            ProductSnapshot product = snapshotReader.readValue(stored.bytes, stored.offset, stored.length);
            long amount = pricing.forLeaf(leaf).price(doc - leaf.docBase);
            products[(int) entry] = new PricedProduct(product, new Money(amount, pricing.currencyFor(product)));
        }
        return List.of(products);
    }

    private static Map<Facet, List<FacetCount>> facets(FacetingCollector collector) {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            long[] counts = collector == null ? new long[0] : collector.counts[facet.ordinal()];
            facets.put(facet, switch (facet) {
                case CATEGORY -> terms(counts, i -> Category.values()[i].wireName());
                case SEGMENT -> terms(counts, i -> Segment.values()[i].name());
                case BASE -> terms(counts, i -> LampBase.values()[i].wireName());
                case DIMMABLE -> terms(counts, i -> i == 1 ? "true" : "false");
                case IP_RATING -> terms(counts, i -> IpRating.ofOrdinal(i).code());
                case CCT_BAND -> bands(counts, Bands.CCT);
                case LUMEN_BAND -> bands(counts, Bands.LUMENS);
                case PRICE_BAND -> bands(counts, Bands.PRICE);
            });
        }
        return facets;
    }

    /** Values with a count, most frequent first, then by value. */
    private static List<FacetCount> terms(long[] counts, IntFunction<String> name) {
        List<FacetCount> values = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                values.add(FacetCount.of(name.apply(i), counts[i]));
            }
        }
        values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return values;
    }

    /** Bands with a count, in band order, with the range each covers. */
    private static List<FacetCount> bands(long[] counts, List<Band> bands) {
        List<FacetCount> values = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                Band band = bands.get(i);
                values.add(new FacetCount(band.value(), counts[i], band.min(), band.max()));
            }
        }
        return values;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback();
        directory.close();
    }
}
