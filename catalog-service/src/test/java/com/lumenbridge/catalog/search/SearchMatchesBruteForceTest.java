package com.lumenbridge.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.catalog.pricing.domain.Discount;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListTerms;
import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Segment;
import com.lumenbridge.catalog.search.application.FacetCount;
import com.lumenbridge.catalog.search.application.SearchPage;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.catalog.search.domain.LampEquivalents;
import com.lumenbridge.catalog.search.domain.Range;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.catalog.search.domain.SortOrder;
import com.lumenbridge.catalog.search.persistence.ProductIndex;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * For random filter combinations, the Lucene index — through the same search code the service
 * runs — returns exactly the products, in exactly the order, at exactly the prices that a
 * brute-force scan of the same catalog returns, and the same drill-sideways facet counts. The
 * catalog spans three manufacturers, two currencies, all statuses, several index segments and
 * superseded versions; the audiences are owners, partners on discounted lists with overrides, and
 * a partner whose list can price only its overrides.
 */
class SearchMatchesBruteForceTest {

    private final List<ProductSnapshot> catalog = new ArrayList<>();
    private final ProductIndex index = new ProductIndex(JsonMapper.builder().build());
    private final List<Audience> audiences;

    SearchMatchesBruteForceTest() {
        List<ProductSnapshot> aurora = TestCatalogs.snapshots("aurora", "AUR", "EUR", 1, 260, true);
        List<ProductSnapshot> lumos = TestCatalogs.snapshots("lumos", "LUM", "USD", 2, 160, true);
        List<ProductSnapshot> nova = TestCatalogs.snapshots("nova", "NOV", "EUR", 3, 120, true);
        List<ProductSnapshot> all = new ArrayList<>();
        all.addAll(aurora);
        all.addAll(lumos);
        all.addAll(nova);
        // several segments, and stale versions superseded in later ones
        for (int from = 0; from < all.size(); from += 150) {
            all.subList(from, Math.min(all.size(), from + 150)).forEach(index::apply);
            index.refresh();
        }
        Map<String, ProductSnapshot> latest = new HashMap<>();
        all.forEach(p -> latest.put(p.sku(), p));
        for (int i = 0; i < all.size(); i += 9) {
            ProductSnapshot p = all.get(i);
            ProductSnapshot newer = new ProductSnapshot(p.sku(), p.manufacturerId(), p.version() + 1,
                p.status().equals("ACTIVE") ? "DISCONTINUED" : "ACTIVE", p.name(), p.description(), p.category(), p.segment(),
                p.watts(), p.lumens(), p.efficacy(), p.cctKelvin(), p.cri(), p.beamAngle(), p.base(), p.ipRating(),
                p.dimmable(), p.voltage(), p.lifetimeHours(), p.energyClass(), p.listPrice(), p.createdAt(), p.updatedAt());
            index.apply(newer);
            latest.put(p.sku(), newer);
        }
        index.apply(all.get(0));
        index.refresh();
        catalog.addAll(latest.values());

        PriceList auroraDealers = list("aurora", "dealers", "EUR", "20", overrides(aurora, 0, 25, 7));
        PriceList lumosEuro = list("lumos", "euro", "EUR", "10", overrides(lumos, 1, 20, 5));
        PriceList novaUsd = list("nova", "usd", "USD", "5", overrides(nova, 2, 10, 9));
        audiences = List.of(
            new Audience.Owner("aurora"),
            new Audience.Owner("lumos"),
            new Audience.Partner("shop", Map.of("aurora", auroraDealers, "lumos", lumosEuro)),
            new Audience.Partner("dealer", Map.of("nova", novaUsd, "aurora", auroraDealers)),
            new Audience.Nobody());
    }

    @AfterProperty
    void close() throws Exception {
        index.close();
    }

    private static PriceList list(String manufacturer, String id, String currency, String discount, Map<String, Long> overrides) {
        return PriceList.create(manufacturer, id, new PriceListTerms(currency, Discount.ofPercent(new BigDecimal(discount)),
            overrides));
    }

    private static Map<String, Long> overrides(List<ProductSnapshot> products, int offset, int count, long step) {
        Map<String, Long> overrides = new HashMap<>();
        for (int i = 0; i < count; i++) {
            overrides.put(products.get(offset + i * 5).sku(), 150 + i * step * 100);
        }
        return overrides;
    }

    @Property(tries = 250)
    void theIndexFindsExactlyWhatABruteForceScanFinds(@ForAll("audience") int audienceIndex,
            @ForAll("criteria") SearchCriteria criteria) {
        Audience audience = audiences.get(audienceIndex);
        BruteForceSearch.Result expected = BruteForceSearch.search(catalog, audience, criteria);

        List<String> found = new ArrayList<>();
        SearchPage first = null;
        for (int page = 0; ; page++) {
            SearchPage result = index.search(audience, withPage(criteria, page));
            first = first == null ? result : first;
            result.items().forEach(item -> found.add(item.product().sku() + "@" + item.price().amountMinor()
                + item.price().currency()));
            if (result.items().size() < criteria.size()) {
                break;
            }
        }

        assertThat(found).containsExactlyElementsOf(expected.hits().stream()
            .map(h -> h.product().sku() + "@" + h.price().amountMinor() + h.price().currency()).toList());
        assertThat(first.total()).isEqualTo(expected.hits().size());
        assertThat(counts(first)).isEqualTo(expected.facets());
    }

    private static SearchCriteria withPage(SearchCriteria c, int page) {
        return new SearchCriteria(c.text(), c.categories(), c.segments(), c.bases(), c.cct(), c.lumens(), c.criMin(),
            c.beamAngle(), c.ipRatings(), c.dimmable(), c.efficacyMinTenths(), c.price(), c.sort(), page, c.size());
    }

    private static Map<Facet, Map<String, Long>> counts(SearchPage page) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            counts.put(facet, page.facets().get(facet).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, TreeMap::new)));
        }
        return counts;
    }

    @Provide
    Arbitrary<Integer> audience() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<SearchCriteria> criteria() {
        Arbitrary<Range> cct = range(1500, 7000, 0.5);
        Arbitrary<Range> lumens = range(0, 20_000, 0.6);
        Arbitrary<Range> beam = range(10, 360, 0.8);
        Arbitrary<Range> price = range(0, 30_000, 0.5);
        Arbitrary<Range> replaces = Arbitraries.of(LampEquivalents.accepted()).map(l -> LampEquivalents.lumensFor(l).orElseThrow())
            .injectNull(0.8).map(r -> r == null ? Range.ANY : r);
        return Builders.withBuilder(CriteriaBuilder::new)
            .use(Arbitraries.of(Category.values()).set().ofMaxSize(3)).in((b, v) -> b.with(c -> c.categories = v))
            .use(Arbitraries.of(Segment.values()).set().ofMaxSize(1)).in((b, v) -> b.with(c -> c.segments = v))
            .use(Arbitraries.of(LampBase.E27, LampBase.E14, LampBase.GU10, LampBase.G13, LampBase.NONE, LampBase.GU5_3)
                .set().ofMaxSize(2)).in((b, v) -> b.with(c -> c.bases = v))
            .use(cct).in((b, v) -> b.with(c -> c.cct = v))
            .use(lumens).in((b, v) -> b.with(c -> c.lumens = v))
            .use(replaces).in((b, v) -> b.with(c -> c.lumens = c.lumens.intersect(v)))
            .use(Arbitraries.of(80, 85, 90, 95).injectNull(0.7)).in((b, v) -> b.with(c -> c.criMin = v))
            .use(beam).in((b, v) -> b.with(c -> c.beam = v))
            .use(Arbitraries.of("IP20", "IP44", "IP65", "IP67").map(ip -> new IpRating(ip).ordinal()).set().ofMaxSize(2))
            .in((b, v) -> b.with(c -> c.ipRatings = v))
            .use(Arbitraries.of(true, false).injectNull(0.5)).in((b, v) -> b.with(c -> c.dimmable = v))
            .use(Arbitraries.longs().between(400, 1600).injectNull(0.7)).in((b, v) -> b.with(c -> c.efficacyMin = v))
            .use(price).in((b, v) -> b.with(c -> c.price = v))
            .use(Arbitraries.of(SortOrder.values())).in((b, v) -> b.with(c -> c.sort = v))
            .use(Arbitraries.of(37, 100)).in((b, v) -> b.with(c -> c.size = v))
            .build(CriteriaBuilder::build);
    }

    private static Arbitrary<Range> range(int low, int high, double openShare) {
        Arbitrary<Long> end = Arbitraries.longs().between(low, high).injectNull(openShare);
        return end.tuple2().map(t -> {
            Long a = t.get1();
            Long b = t.get2();
            return a != null && b != null && a > b ? new Range(b, a) : new Range(a, b);
        });
    }

    private static final class CriteriaBuilder {
        Set<Category> categories = Set.of();
        Set<Segment> segments = Set.of();
        Set<LampBase> bases = Set.of();
        Range cct = Range.ANY;
        Range lumens = Range.ANY;
        Integer criMin;
        Range beam = Range.ANY;
        Set<Integer> ipRatings = Set.of();
        Boolean dimmable;
        Long efficacyMin;
        Range price = Range.ANY;
        SortOrder sort = SortOrder.RELEVANCE;
        int size = 100;

        CriteriaBuilder with(java.util.function.Consumer<CriteriaBuilder> change) {
            CriteriaBuilder next = copy();
            change.accept(next);
            return next;
        }

        private CriteriaBuilder copy() {
            CriteriaBuilder c = new CriteriaBuilder();
            c.categories = categories;
            c.segments = segments;
            c.bases = bases;
            c.cct = cct;
            c.lumens = lumens;
            c.criMin = criMin;
            c.beam = beam;
            c.ipRatings = ipRatings;
            c.dimmable = dimmable;
            c.efficacyMin = efficacyMin;
            c.price = price;
            c.sort = sort;
            c.size = size;
            return c;
        }

        SearchCriteria build() {
            return new SearchCriteria(null, categories, segments, bases, cct, lumens, criMin, beam, ipRatings, dimmable,
                efficacyMin, price, sort, 0, size);
        }
    }
}
