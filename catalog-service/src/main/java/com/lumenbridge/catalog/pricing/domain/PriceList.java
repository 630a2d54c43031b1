package com.lumenbridge.catalog.pricing.domain;

import com.lumenbridge.catalog.product.domain.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A manufacturer's price list, named by an id of the manufacturer's choosing ({@code dealers-eu}).
 * A partner assigned to it pays, for a SKU: the override if there is one; otherwise the list price
 * less the discount, rounded half-up, when the list price is in the price list's currency. A
 * product it cannot price either way (list price in another currency, no override) is not offered
 * to that partner: the platform never converts currencies.
 */
public final class PriceList {

    private final String manufacturerId;
    private final String priceListId;
    private PriceListTerms terms;
    private long version;

    private PriceList(String manufacturerId, String priceListId, PriceListTerms terms, long version) {
        this.manufacturerId = Objects.requireNonNull(manufacturerId, "manufacturerId");
        this.priceListId = Objects.requireNonNull(priceListId, "priceListId");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.version = version;
    }

    public static PriceList create(String manufacturerId, String priceListId, PriceListTerms terms) {
        if (!PriceListRules.isId(priceListId)) {
            throw new IllegalArgumentException("not a price list id: " + priceListId);
        }
        return new PriceList(manufacturerId, priceListId, terms, 1);
    }

    public static PriceList restore(String manufacturerId, String priceListId, PriceListTerms terms, long version) {
        return new PriceList(manufacturerId, priceListId, terms, version);
    }

    /** Replaces the terms; returns whether anything changed (the version moves on only then). */
    public boolean revise(PriceListTerms newTerms) {
        if (terms.equals(newTerms)) {
            return false;
        }
        terms = newTerms;
        version++;
        return true;
    }

    /** What a partner on this list pays for {@code sku}, or empty when it cannot be priced in this list's currency. */
    public Optional<Money> priceFor(String sku, Money listPrice) {
        Long override = terms.overrides().get(sku);
        if (override != null) {
            return Optional.of(new Money(override, terms.currency()));
        }
        if (!listPrice.currency().equals(terms.currency())) {
            return Optional.empty();
        }
        return Optional.of(new Money(terms.discount().applyTo(listPrice.amountMinor()), terms.currency()));
    }

    public String manufacturerId() {
        return manufacturerId;
    }

    public String priceListId() {
        return priceListId;
    }

    public PriceListTerms terms() {
        return terms;
    }

    public long version() {
        return version;
    }
}
