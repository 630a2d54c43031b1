package com.lumenbridge.catalog.bench;

import com.lumenbridge.catalog.pricing.domain.Discount;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListTerms;
import com.lumenbridge.catalog.search.BruteForceSearch;
import com.lumenbridge.catalog.search.TestCatalogs;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.catalog.search.persistence.ProductIndex;
import com.lumenbridge.catalog.search.web.SearchParameters;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-process search benchmark: builds the Lucene index over 50 000 generated SKUs (two
 * manufacturers, mixed statuses) and answers a realistic query mix single-threaded — free text with
 * typos, "replaces" searches, professional filters, facets, price sorts — as an owner and as a
 * partner on a discounted price list with overrides. The baseline is the same queries answered by
 * a brute-force scan over the same products in memory, measured in the same run.
 *
 * <pre>
 * mvn -B -o -q -pl catalog-service test-compile exec:java \
 *   -Dexec.mainClass=com.lumenbridge.catalog.bench.SearchBenchmark -Dexec.classpathScope=test [-Dexec.args="50000 5000"]
 * </pre>
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of(
        "q=warm white bulb",
        "q=dimmable downlight&sort=price",
        "q=flodlight ip65",
        "q=gu10 spot&criMin=90",
        "q=t8 tube&sort=-lumens",
        "q=high-bay&sort=efficacy",
        "q=led strip&ipRating=IP65,IP67",
        "category=bulb&replaces=incandescent-60W",
        "category=bulb&base=E14&cctMax=3000&sort=price",
        "replaces=halogen-42W&dimmable=true",
        "category=downlight&ipRating=IP44,IP65&dimmable=true",
        "segment=PROFESSIONAL&criMin=90&category=track,spotlight",
        "category=panel&cctMin=4000&cctMax=4000&efficacyMin=120",
        "category=high-bay&beamAngleMin=60&beamAngleMax=90&sort=-efficacy",
        "priceMax=1000&sort=price",
        "priceMin=10000&segment=PROFESSIONAL&sort=-price",
        "",
        "page=3&size=50",
        "lumensMin=5000&sort=-lumens",
        "category=floodlight&priceMin=2500&priceMax=10000");

    /** Rows per batch of catalog-service's imports ({@code lumenbridge.catalog.imports.batch-size}). */
    private static final int IMPORT_BATCH = 1_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        List<ProductSnapshot> catalog = new ArrayList<>(TestCatalogs.snapshots("aurora", "AUR", "EUR", 42, count * 3 / 5, true));
        catalog.addAll(TestCatalogs.snapshots("lumos", "LUM", "EUR", 43, count - catalog.size(), true));
        Map<String, Long> overrides = new HashMap<>();
        for (int i = 0; i < catalog.size(); i += 100) {
            overrides.put(catalog.get(i).sku(), catalog.get(i).listPrice().amountMinor() * 7 / 10);
        }
        Audience owner = new Audience.Owner("aurora");
        Audience partner = new Audience.Partner("bright-shop", Map.of(
            "aurora", PriceList.create("aurora", "dealers", new PriceListTerms("EUR", Discount.ofPercent(new BigDecimal("20")),
                overrides)),
            "lumos", PriceList.create("lumos", "shops", new PriceListTerms("EUR", Discount.ofPercent(new BigDecimal("12.5")),
                Map.of()))));
        List<SearchCriteria> criteria = QUERIES.stream().map(SearchBenchmark::parse).toList();

        try (ProductIndex index = new ProductIndex(JsonMapper.builder().build())) {
            long started = System.nanoTime();
            // as an import writes it: a refresh, so a new segment, after every batch
            for (int i = 0; i < catalog.size(); i++) {
                index.apply(catalog.get(i));
                if ((i + 1) % IMPORT_BATCH == 0) {
                    index.refresh();
                }
            }
            index.refresh();
            double buildMs = (System.nanoTime() - started) / 1e6;
            System.out.printf(Locale.ROOT,
                "Catalog: %d SKUs (%d products after versions), index build %.0f ms in batches of %d, %.1f MB, %d segments%n",
                catalog.size(), index.size(), buildMs, IMPORT_BATCH, index.heapBytes() / 1e6, index.segmentCount());

            Random random = new Random(7);
            for (int i = 0; i < 2_000; i++) {
                index.search(i % 5 < 2 ? owner : partner, criteria.get(random.nextInt(criteria.size())));
            }
            long allocatedBefore = allocatedBytes();
            long[] indexNanos = run(searches, random, (audience, c) -> index.search(audience, c).total(), owner, partner,
                criteria);
            long allocated = allocatedBytes() - allocatedBefore;
            report("Lucene index", indexNanos);
            System.out.printf(Locale.ROOT, "  heap allocated per search: %.0f KB (what the service's young collections must clear)%n",
                allocated / 1024.0 / searches);
            if (Boolean.getBoolean("bench.perQuery")) {
                for (int q = 0; q < criteria.size(); q++) {
                    for (Audience audience : List.of(owner, partner)) {
                        long[] one = new long[200];
                        for (int i = 0; i < one.length; i++) {
                            long t = System.nanoTime();
                            index.search(audience, criteria.get(q));
                            one[i] = System.nanoTime() - t;
                        }
                        System.out.printf(Locale.ROOT, "  %-7s p50 %6.2f ms p99 %6.2f ms  %s%n",
                            audience instanceof Audience.Owner ? "owner" : "partner", percentile(one, 50), percentile(one, 99),
                            QUERIES.get(q));
                    }
                }
            }

            int baselineSearches = Math.max(200, searches / 10);
            for (int i = 0; i < 50; i++) {
                BruteForceSearch.search(catalog, owner, criteria.get(i % criteria.size()));
            }
            long[] scanNanos = run(baselineSearches, random,
                (audience, c) -> BruteForceSearch.search(catalog, audience, c).hits().size(), owner, partner, criteria);
            report("Brute-force scan (baseline)", scanNanos);
            System.out.printf(Locale.ROOT, "Speed-up: p50 %.1fx, p99 %.1fx, throughput %.1fx%n",
                percentile(scanNanos, 50) / percentile(indexNanos, 50), percentile(scanNanos, 99) / percentile(indexNanos, 99),
                throughput(indexNanos) / throughput(scanNanos));
        }
    }

    private interface Search {
        long run(Audience audience, SearchCriteria criteria);
    }

    private static SearchCriteria parse(String query) {
        return SearchParameters.parse(UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams());
    }

    private static long[] run(int searches, Random random, Search search, Audience owner, Audience partner,
            List<SearchCriteria> criteria) {
        long[] nanos = new long[searches];
        long sink = 0;
        for (int i = 0; i < searches; i++) {
            Audience audience = random.nextInt(5) < 2 ? owner : partner;
            SearchCriteria c = criteria.get(random.nextInt(criteria.size()));
            long t = System.nanoTime();
            sink += search.run(audience, c);
            nanos[i] = System.nanoTime() - t;
        }
        if (sink < 0) {
            throw new IllegalStateException("impossible");
        }
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-28s %5d searches: p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f searches/s%n", what,
            nanos.length, percentile(nanos, 50), percentile(nanos, 99), Arrays.stream(nanos).max().orElse(0) / 1e6,
            throughput(nanos));
    }

    /** Bytes this thread has allocated so far (HotSpot's count; exact, not sampled). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    private static double throughput(long[] nanos) {
        return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
    }
}
