package com.lumenbridge.store.location.domain;

import java.util.List;

/** The location breaks an ownership rule: a type its owner may not own, or a manufacturer the owner is not partnered with. */
public class LocationNotAllowed extends RuntimeException {

    private final List<Violation> violations;

    public LocationNotAllowed(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule and the input field it concerns. */
    public record Violation(String field, String message) {
    }
}
