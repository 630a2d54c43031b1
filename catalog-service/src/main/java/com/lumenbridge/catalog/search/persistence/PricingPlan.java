package com.lumenbridge.catalog.search.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.lumenbridge.catalog.pricing.domain.Discount;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Prices documents for one audience, the same way {@link PriceList#priceFor} does, but from doc
 * values: an owner pays list price; a partner pays its list's override for the SKU, else list
 * price less the discount when the currencies agree, else the product is not offered. The prices
 * of a whole segment are computed once and cached per segment and price-list versions (an
 * {@code int} per document; segments never change, new ones are small), so a search reads one
 * array entry per match instead of up to four doc values and a lookup.
 */
final class PricingPlan {

    /** The cache key's price lists for an owner, who pays list price; a partner's entries all hold a colon. */
    private static final List<String> OWNER_PRICES = List.of("list price");

    private final Audience audience;
    private final Cache<PriceKey, int[]> segmentPrices;
    private final List<String> lists;

    PricingPlan(Audience audience, Cache<PriceKey, int[]> segmentPrices) {
        this.audience = audience;
        this.segmentPrices = segmentPrices;
        this.lists = audience instanceof Audience.Partner partner
            ? partner.priceListByManufacturer().values().stream()
                .map(l -> l.manufacturerId() + ":" + l.priceListId() + ":" + l.version()).sorted().toList()
            : OWNER_PRICES;
    }

    /** The currency the audience pays {@code product} in. */
    String currencyFor(ProductSnapshot product) {
        if (audience instanceof Audience.Partner partner) {
            PriceList list = partner.priceListByManufacturer().get(product.manufacturerId());
            if (list != null) {
                return list.terms().currency();
            }
        }
        return product.listPrice().currency();
    }

    LeafPrices forLeaf(LeafReaderContext context) throws IOException {
        if (!(audience instanceof Audience.Owner) && !(audience instanceof Audience.Partner)) {
            return doc -> LeafPrices.UNPRICED;
        }
        LeafReader reader = context.reader();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return computedPrices(context);
        }
        int[] prices = segmentPrices.get(new PriceKey(helper.getKey(), lists), key -> {
            try {
                LeafPrices computed = computedPrices(context);
                int[] all = new int[reader.maxDoc()];
                for (int doc = 0; doc < all.length; doc++) {
                    all[doc] = (int) computed.price(doc);
                }
                return all;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return doc -> prices[doc];
    }

    /** Prices computed document by document, in increasing order: list prices for an owner. */
    private LeafPrices computedPrices(LeafReaderContext context) throws IOException {
        if (audience instanceof Audience.Partner partner) {
            return partnerPrices(context, partner);
        }
        NumericDocValues listPrices = DocValues.getNumeric(context.reader(), IndexFields.LIST_PRICE);
        return doc -> listPrices.advanceExact(doc) ? listPrices.longValue() : LeafPrices.UNPRICED;
    }

    /** Prices computed document by document, in increasing order. */
    private LeafPrices partnerPrices(LeafReaderContext context, Audience.Partner partner) throws IOException {
        LeafReader reader = context.reader();
        NumericDocValues listPrices = DocValues.getNumeric(reader, IndexFields.LIST_PRICE);
        SortedDocValues manufacturerTerms = DocValues.getSorted(reader, IndexFields.MANUFACTURER);
        SortedDocValues currencyTerms = DocValues.getSorted(reader, IndexFields.CURRENCY);
        Rule[] rules = new Rule[manufacturerTerms.getValueCount()];
        boolean anyOverrides = false;
        for (Map.Entry<String, PriceList> entry : partner.priceListByManufacturer().entrySet()) {
            int ord = manufacturerTerms.lookupTerm(new BytesRef(entry.getKey()));
            if (ord < 0) {
                continue;
            }
            PriceList list = entry.getValue();
            OverrideTable overrides = list.terms().overrides().isEmpty() ? OverrideTable.EMPTY
                : OverrideTable.build(reader, list.terms().overrides());
            anyOverrides |= overrides.size() > 0;
            rules[ord] = new Rule(list.terms().discount(),
                currencyTerms.lookupTerm(new BytesRef(list.terms().currency())), overrides);
        }
        SortedDocValues manufacturers = DocValues.getSorted(reader, IndexFields.MANUFACTURER);
        SortedDocValues currencies = DocValues.getSorted(reader, IndexFields.CURRENCY);
        SortedDocValues skus = anyOverrides ? DocValues.getSorted(reader, IndexFields.SKU) : null;
        return doc -> {
            if (!manufacturers.advanceExact(doc)) {
                return LeafPrices.UNPRICED;
            }
            Rule rule = rules[manufacturers.ordValue()];
            if (rule == null) {
                return LeafPrices.UNPRICED;
            }
            if (rule.overrides.size() > 0 && skus.advanceExact(doc)) {
                long override = rule.overrides.amountFor(skus.ordValue());
                if (override >= 0) {
                    return override;
                }
            }
            if (rule.currencyOrd < 0 || !currencies.advanceExact(doc) || currencies.ordValue() != rule.currencyOrd
                    || !listPrices.advanceExact(doc)) {
                return LeafPrices.UNPRICED;
            }
            return rule.discount.applyTo(listPrices.longValue());
        };
    }

    private record Rule(Discount discount, int currencyOrd, OverrideTable overrides) {
    }

    /** A segment, and the price lists (manufacturer, id, version) a partner buys at. */
    record PriceKey(Object segmentCore, List<String> priceLists) {
    }

    /** A price list's overrides for the SKUs one segment holds, by the segment's SKU ordinal. */
    static final class OverrideTable {

        static final OverrideTable EMPTY = new OverrideTable(new int[0], new long[0]);

        private final int[] ords;
        private final long[] amounts;

        private OverrideTable(int[] ords, long[] amounts) {
            this.ords = ords;
            this.amounts = amounts;
        }

        static OverrideTable build(LeafReader reader, Map<String, Long> overrides) throws IOException {
            SortedDocValues skus = DocValues.getSorted(reader, IndexFields.SKU);
            List<long[]> found = new ArrayList<>();
            for (Map.Entry<String, Long> entry : overrides.entrySet()) {
                int ord = skus.lookupTerm(new BytesRef(entry.getKey()));
                if (ord >= 0) {
                    found.add(new long[] {ord, entry.getValue()});
                }
            }
            found.sort((a, b) -> Long.compare(a[0], b[0]));
            int[] ords = new int[found.size()];
            long[] amounts = new long[found.size()];
            for (int i = 0; i < ords.length; i++) {
                ords[i] = (int) found.get(i)[0];
                amounts[i] = found.get(i)[1];
            }
            return new OverrideTable(ords, amounts);
        }

        int size() {
            return ords.length;
        }

        long amountFor(int skuOrd) {
            int at = Arrays.binarySearch(ords, skuOrd);
            return at < 0 ? -1 : amounts[at];
        }
    }
}
