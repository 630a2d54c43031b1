package com.lumenbridge.catalog.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.catalog.pricing.domain.Discount;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListTerms;
import com.lumenbridge.catalog.product.application.PricedProduct;
import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.search.application.FacetCount;
import com.lumenbridge.catalog.search.application.SearchPage;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.catalog.search.domain.Range;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.catalog.search.domain.SortOrder;
import com.lumenbridge.platform.events.catalog.Price;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProductIndexTest {

    private final ProductIndex index = new ProductIndex(JsonMapper.builder().build());
    private final Audience.Owner aurora = new Audience.Owner("aurora");

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static ProductSnapshot product(String sku, long version, String status, String name, String category,
            Integer lumens, long price) {
        return new ProductSnapshot(sku, "aurora", version, status, name, "Energy-saving LED " + category, category, "MASS",
            new BigDecimal("9"), lumens, lumens == null ? null : BigDecimal.valueOf(lumens).divide(new BigDecimal("9"), 1,
            java.math.RoundingMode.HALF_UP), lumens == null ? null : 2700, lumens == null ? null : 80,
            lumens == null ? null : 220, "E27", "IP20", true, "220-240V", 15000, "F", new Price(price, "EUR"),
            Instant.EPOCH, Instant.EPOCH);
    }

    private void add(ProductSnapshot... products) {
        for (ProductSnapshot p : products) {
            index.apply(p);
        }
        index.refresh();
    }

    private static SearchCriteria text(String q) {
        SearchCriteria all = SearchCriteria.everything();
        return new SearchCriteria(q, Set.of(), Set.of(), Set.of(), Range.ANY, Range.ANY, null, Range.ANY, Set.of(), null,
            null, Range.ANY, SortOrder.RELEVANCE, 0, all.size());
    }

    private List<String> skus(SearchPage page) {
        return page.items().stream().map(i -> i.product().sku()).toList();
    }

    @Test
    void findsWordsThroughStemmingAndToleratesATypo() {
        add(product("AUR-1", 1, "ACTIVE", "Dimmable floodlight 50 W", "floodlight", 450, 2999),
            product("AUR-2", 1, "ACTIVE", "Candle bulbs warm white", "bulb", 470, 399),
            product("AUR-3", 1, "ACTIVE", "T8 tube 1200 mm", "tube", 2000, 899));

        assertThat(skus(index.search(aurora, text("floodlights")))).containsExactly("AUR-1");
        assertThat(skus(index.search(aurora, text("flodlight")))).containsExactly("AUR-1");
        assertThat(skus(index.search(aurora, text("dimable flodlight")))).containsExactly("AUR-1");
        assertThat(skus(index.search(aurora, text("bulb")))).containsExactly("AUR-2");
        assertThat(skus(index.search(aurora, text("warm candle")))).containsExactly("AUR-2");
        assertThat(skus(index.search(aurora, text("warm floodlight")))).isEmpty();
        assertThat(skus(index.search(aurora, text("the")))).containsExactly("AUR-1", "AUR-2", "AUR-3");
    }

    @Test
    void ranksAnExactSkuFirst() {
        add(product("AUR-A60-9W", 1, "ACTIVE", "A60 bulb 9 W", "bulb", 806, 499),
            product("AUR-A60-9W-2", 1, "ACTIVE", "A60 bulb 9 W", "bulb", 806, 499));

        assertThat(skus(index.search(aurora, text("AUR-A60-9W-2"))).get(0)).isEqualTo("AUR-A60-9W-2");
    }

    @Test
    void ranksByScoreThenSkuAcrossSegmentsAndPages() {
        // one segment per refresh: ties must break by SKU across segments, not by segment order
        add(product("AUR-5", 1, "ACTIVE", "Warm white bulb", "bulb", 806, 499));
        add(product("AUR-3", 1, "ACTIVE", "Warm white bulb", "bulb", 806, 499),
            product("AUR-4", 1, "ACTIVE", "Cool white bulb", "bulb", 806, 499));
        add(product("AUR-1", 1, "ACTIVE", "Warm white bulb", "bulb", 806, 499),
            product("AUR-2", 1, "ACTIVE", "Warm warm bulb", "bulb", 806, 499));

        List<String> pages = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchCriteria c = text("warm");
            pages.addAll(skus(index.search(aurora, new SearchCriteria(c.text(), c.categories(), c.segments(), c.bases(),
                c.cct(), c.lumens(), c.criMin(), c.beamAngle(), c.ipRatings(), c.dimmable(), c.efficacyMinTenths(),
                c.price(), c.sort(), page, 2))));
        }

        assertThat(pages).containsExactly("AUR-2", "AUR-1", "AUR-3", "AUR-5");
    }

    @Test
    void anImportedCatalogEndsInAFewSegments() {
        // written as an import writes it: a refresh, so a new segment, per batch of 1 000; Lucene's
        // default merge policy (10 segments a tier, 2 MB floor) leaves these 50 batches in 5 segments
        List<ProductSnapshot> catalog = com.lumenbridge.catalog.search.TestCatalogs.snapshots("aurora", "AUR", "EUR", 42,
            50_000, true);
        for (int from = 0; from < catalog.size(); from += 1_000) {
            add(catalog.subList(from, Math.min(catalog.size(), from + 1_000)).toArray(ProductSnapshot[]::new));
        }

        // merges run in the background: each refresh opens what they have finished
        int segments = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            index.refresh();
            return index.segmentCount();
        }, count -> count <= 3);
        assertThat(segments).isLessThanOrEqualTo(3);
        assertThat(index.size()).isEqualTo(catalog.size());
    }

    @Test
    void pagesThroughManyHitsInOrderWhateverOrderTheyWereIndexedIn() {
        // 3 000 hits in one segment, indexed in falling SKU order with rising light output: every
        // hit beats the best so far, so the best-hits buffer fills and is cut back many times
        int count = 3_000;
        List<ProductSnapshot> products = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = String.format(java.util.Locale.ROOT, "AUR-%05d", count - i);
            products.add(product(sku, 1, "ACTIVE", "Bulb " + (i % 7 == 0 ? "" : "bright"), "bulb", 100 + i / 3, 100 + i % 50));
        }
        add(products.toArray(ProductSnapshot[]::new));
        java.util.Comparator<ProductSnapshot> bySku = java.util.Comparator.comparing(ProductSnapshot::sku);

        assertThat(pageSkus(SortOrder.RELEVANCE, 0, 20)).isEqualTo(expected(products, bySku, 0, 20));
        assertThat(pageSkus(SortOrder.RELEVANCE, 40, 25)).isEqualTo(expected(products, bySku, 40, 25));
        assertThat(pageSkus(SortOrder.LUMENS_DESC, 3, 50)).isEqualTo(expected(products,
            java.util.Comparator.comparing((ProductSnapshot p) -> -p.lumens()).thenComparing(bySku), 3, 50));
        assertThat(pageSkus(SortOrder.PRICE, 9, 100)).isEqualTo(expected(products,
            java.util.Comparator.comparing((ProductSnapshot p) -> p.listPrice().amountMinor()).thenComparing(bySku), 9, 100));
    }

    private List<String> pageSkus(SortOrder sort, int page, int size) {
        return skus(index.search(aurora, new SearchCriteria(null, Set.of(), Set.of(), Set.of(), Range.ANY, Range.ANY, null,
            Range.ANY, Set.of(), null, null, Range.ANY, sort, page, size)));
    }

    private static List<String> expected(List<ProductSnapshot> products, java.util.Comparator<ProductSnapshot> order,
            int page, int size) {
        return products.stream().sorted(order).skip((long) page * size).limit(size).map(ProductSnapshot::sku).toList();
    }

    @Test
    void keepsTheHighestVersionWhateverOrderSnapshotsArriveIn() {
        assertThat(index.apply(product("AUR-1", 3, "ACTIVE", "New name", "bulb", 806, 499))).isTrue();
        assertThat(index.apply(product("AUR-1", 2, "DRAFT", "Old name", "bulb", 806, 499))).isFalse();
        assertThat(index.apply(product("AUR-1", 3, "ACTIVE", "New name", "bulb", 806, 499))).isFalse();
        index.refresh();

        SearchPage page = index.search(aurora, SearchCriteria.everything());

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().get(0).product().name()).isEqualTo("New name");
        assertThat(index.versionOf("AUR-1")).isEqualTo(3);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aPartnerSeesOnlyActiveProductsAtItsPriceListPrice() {
        add(product("AUR-1", 2, "ACTIVE", "A60", "bulb", 806, 499),
            product("AUR-2", 1, "DRAFT", "C35", "bulb", 470, 399),
            product("AUR-3", 3, "DISCONTINUED", "G45", "bulb", 470, 399),
            product("AUR-4", 2, "ACTIVE", "GU10", "spotlight", 345, 1000));
        PriceList dealers = PriceList.create("aurora", "dealers", new PriceListTerms("EUR",
            Discount.ofPercent(new BigDecimal("20")), Map.of("AUR-4", 777L)));

        SearchPage page = index.search(new Audience.Partner("shop", Map.of("aurora", dealers)), SearchCriteria.everything());

        assertThat(page.items()).extracting(PricedProduct::price)
            .containsExactly(new Money(399, "EUR"), new Money(777, "EUR"));
        assertThat(skus(page)).containsExactly("AUR-1", "AUR-4");
        assertThat(index.search(new Audience.Partner("other", Map.of()), SearchCriteria.everything()).total()).isZero();
        assertThat(index.search(new Audience.Nobody(), SearchCriteria.everything()).total()).isZero();
        assertThat(index.search(new Audience.Owner("lumos"), SearchCriteria.everything()).total()).isZero();
    }

    @Test
    void sortsByLumensWithProductsWithoutLightLastEitherWay() {
        add(product("AUR-1", 1, "ACTIVE", "A", "bulb", 806, 499),
            product("AUR-2", 1, "ACTIVE", "B", "driver", null, 2999),
            product("AUR-3", 1, "ACTIVE", "C", "bulb", 470, 399));

        assertThat(skus(index.search(aurora, sorted(SortOrder.LUMENS)))).containsExactly("AUR-3", "AUR-1", "AUR-2");
        assertThat(skus(index.search(aurora, sorted(SortOrder.LUMENS_DESC)))).containsExactly("AUR-1", "AUR-3", "AUR-2");
        assertThat(skus(index.search(aurora, sorted(SortOrder.PRICE_DESC)))).containsExactly("AUR-2", "AUR-1", "AUR-3");
    }

    @Test
    void countsFacetsDrillSideways() {
        add(product("AUR-1", 1, "ACTIVE", "A", "bulb", 806, 499),
            product("AUR-2", 1, "ACTIVE", "B", "bulb", 470, 399),
            product("AUR-3", 1, "ACTIVE", "C", "tube", 2000, 899));
        SearchCriteria bulbs = new SearchCriteria(null, Set.of(com.lumenbridge.catalog.product.domain.Category.BULB),
            Set.of(), Set.of(), Range.ANY, Range.ANY, null, Range.ANY, Set.of(), null, null, Range.ANY, SortOrder.RELEVANCE,
            0, 20);

        SearchPage page = index.search(aurora, bulbs);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.facets().get(Facet.CATEGORY)).containsExactly(FacetCount.of("bulb", 2), FacetCount.of("tube", 1));
        assertThat(page.facets().get(Facet.LUMEN_BAND)).containsExactly(new FacetCount("250-499", 1, 250L, 499L),
            new FacetCount("500-999", 1, 500L, 999L));
    }

    private static SearchCriteria sorted(SortOrder sort) {
        return new SearchCriteria(null, Set.of(), Set.of(), Set.of(), Range.ANY, Range.ANY, null, Range.ANY, Set.of(), null,
            null, Range.ANY, sort, 0, 20);
    }
}
