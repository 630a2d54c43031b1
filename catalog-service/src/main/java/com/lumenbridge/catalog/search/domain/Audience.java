package com.lumenbridge.catalog.search.domain;

import com.lumenbridge.catalog.pricing.domain.PriceList;
import java.util.Map;

/** Whose eyes a search is for, which decides what it may find and at what price. */
public sealed interface Audience {

    /** A manufacturer: all of its own products, any status, at list price. */
    record Owner(String manufacturerId) implements Audience {
    }

    /**
     * A storefront or dealer: the ACTIVE products of the manufacturers it is actively partnered
     * with, each at the price list that partnership names; products those lists cannot price are
     * not offered.
     */
    record Partner(String partnerTenantId, Map<String, PriceList> priceListByManufacturer) implements Audience {

        public Partner {
            priceListByManufacturer = Map.copyOf(priceListByManufacturer);
        }
    }

    /** Anyone else (operators, unpartnered tenants): nothing. */
    record Nobody() implements Audience {
    }
}
