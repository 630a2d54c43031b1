package com.lumenbridge.catalog.pricing.domain;

import com.lumenbridge.catalog.product.domain.Violation;
import java.util.List;

/** The price-list input breaks one or more rules; every offending field is named. */
public class InvalidPriceList extends RuntimeException {

    private final List<Violation> violations;

    public InvalidPriceList(List<Violation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
