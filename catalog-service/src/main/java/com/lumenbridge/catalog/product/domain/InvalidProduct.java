package com.lumenbridge.catalog.product.domain;

import java.util.List;

/** The product input breaks one or more rules; every offending field is named. */
public class InvalidProduct extends RuntimeException {

    private final List<Violation> violations;

    public InvalidProduct(List<Violation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
