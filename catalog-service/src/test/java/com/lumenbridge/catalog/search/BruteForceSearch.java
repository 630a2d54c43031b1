package com.lumenbridge.catalog.search;

import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.Segment;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.Band;
import com.lumenbridge.catalog.search.domain.Bands;
import com.lumenbridge.catalog.search.domain.Facet;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search semantics written the obvious way — a scan over every product — as the reference the
 * index is checked against and the baseline it is measured against. Free text is matched naively
 * (every word a substring of name, SKU, category or description), so text is left out when exact
 * equality with the index is asserted.
 */
public final class BruteForceSearch {

    private BruteForceSearch() {
    }

    public record Hit(ProductSnapshot product, Money price) {
    }

    public record Result(List<Hit> hits, Map<Facet, Map<String, Long>> facets) {
    }

    public static Result search(List<ProductSnapshot> catalog, Audience audience, SearchCriteria c) {
        List<Hit> hits = new ArrayList<>();
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, new TreeMap<>());
        }
        String[] words = c.hasText() ? c.text().toLowerCase(Locale.ROOT).split("\\s+") : new String[0];
        for (ProductSnapshot p : catalog) {
            Optional<Money> price = priceFor(audience, p);
            if (price.isEmpty() || !matchesBase(p, c, words)) {
                continue;
            }
            long amount = price.get().amountMinor();
            Map<Facet, Boolean> passes = new EnumMap<>(Facet.class);
            passes.put(Facet.CATEGORY, c.categories().isEmpty()
                || c.categories().contains(Category.fromWireName(p.category()).orElseThrow()));
            passes.put(Facet.SEGMENT, c.segments().isEmpty() || c.segments().contains(Segment.valueOf(p.segment())));
            passes.put(Facet.BASE, c.bases().isEmpty() || c.bases().contains(LampBase.fromWireName(p.base()).orElseThrow()));
            passes.put(Facet.CCT_BAND, c.cct().isAny() || p.cctKelvin() != null && c.cct().contains(p.cctKelvin()));
            passes.put(Facet.LUMEN_BAND, c.lumens().isAny() || p.lumens() != null && c.lumens().contains(p.lumens()));
            passes.put(Facet.DIMMABLE, c.dimmable() == null || c.dimmable() == p.dimmable());
            passes.put(Facet.IP_RATING, c.ipRatings().isEmpty() || c.ipRatings().contains(new IpRating(p.ipRating()).ordinal()));
            passes.put(Facet.PRICE_BAND, c.price().isAny() || c.price().contains(amount));
            long failing = passes.values().stream().filter(ok -> !ok).count();
            if (failing == 0) {
                hits.add(new Hit(p, price.get()));
            }
            for (Facet facet : Facet.values()) {
                boolean othersPass = passes.entrySet().stream().allMatch(e -> e.getKey() == facet || e.getValue());
                if (othersPass) {
                    facetValue(facet, p, amount).ifPresent(v -> facets.get(facet).merge(v, 1L, Long::sum));
                }
            }
        }
        hits.sort(order(c));
        return new Result(hits, facets);
    }

    private static boolean matchesBase(ProductSnapshot p, SearchCriteria c, String[] words) {
        if (c.criMin() != null && (p.cri() == null || p.cri() < c.criMin())) {
            return false;
        }
        if (!c.beamAngle().isAny() && (p.beamAngle() == null || !c.beamAngle().contains(p.beamAngle()))) {
            return false;
        }
        if (c.efficacyMinTenths() != null
                && (p.efficacy() == null || p.efficacy().movePointRight(1).longValue() < c.efficacyMinTenths())) {
            return false;
        }
        if (words.length > 0) {
            String text = (p.name() + " " + p.sku() + " " + p.category() + " " + p.description()).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static Optional<Money> priceFor(Audience audience, ProductSnapshot p) {
        Money list = new Money(p.listPrice().amountMinor(), p.listPrice().currency());
        if (audience instanceof Audience.Owner owner) {
            return owner.manufacturerId().equals(p.manufacturerId()) ? Optional.of(list) : Optional.empty();
        }
        if (audience instanceof Audience.Partner partner && p.status().equals("ACTIVE")) {
            PriceList priceList = partner.priceListByManufacturer().get(p.manufacturerId());
            return priceList == null ? Optional.empty() : priceList.priceFor(p.sku(), list);
        }
        return Optional.empty();
    }

    private static Optional<String> facetValue(Facet facet, ProductSnapshot p, long price) {
        return switch (facet) {
            case CATEGORY -> Optional.of(p.category());
            case SEGMENT -> Optional.of(p.segment());
            case BASE -> Optional.of(p.base());
            case CCT_BAND -> Optional.ofNullable(p.cctKelvin()).map(v -> band(Bands.CCT, v));
            case LUMEN_BAND -> Optional.ofNullable(p.lumens()).map(v -> band(Bands.LUMENS, v));
            case DIMMABLE -> Optional.of(String.valueOf(p.dimmable()));
            case IP_RATING -> Optional.of(p.ipRating());
            case PRICE_BAND -> Optional.of(band(Bands.PRICE, price));
        };
    }

    private static String band(List<Band> bands, long value) {
        return bands.stream().filter(b -> b.contains(value)).findFirst().orElseThrow().value();
    }

    private static Comparator<Hit> order(SearchCriteria c) {
        Comparator<Hit> bySku = Comparator.comparing(h -> h.product().sku());
        Function<Hit, Long> lumens = h -> h.product().lumens() == null ? null : h.product().lumens().longValue();
        Function<Hit, Long> efficacy = h -> h.product().efficacy() == null ? null
            : h.product().efficacy().movePointRight(1).longValue();
        Comparator<Hit> primary = switch (c.sort()) {
            case RELEVANCE -> (a, b) -> 0;
            case PRICE -> Comparator.comparingLong(h -> h.price().amountMinor());
            case PRICE_DESC -> Comparator.comparingLong((Hit h) -> h.price().amountMinor()).reversed();
            case LUMENS -> Comparator.comparing(lumens, Comparator.nullsLast(Comparator.naturalOrder()));
            case LUMENS_DESC -> Comparator.comparing(lumens, Comparator.nullsLast(Comparator.reverseOrder()));
            case EFFICACY -> Comparator.comparing(efficacy, Comparator.nullsLast(Comparator.naturalOrder()));
            case EFFICACY_DESC -> Comparator.comparing(efficacy, Comparator.nullsLast(Comparator.reverseOrder()));
        };
        return primary.thenComparing(bySku);
    }
}
