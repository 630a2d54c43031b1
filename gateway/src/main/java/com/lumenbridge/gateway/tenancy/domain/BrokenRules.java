package com.lumenbridge.gateway.tenancy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command was refused because its input broke one or more rules. Every broken rule is named at
 * once, so a caller can fix all of them in one go.
 */
public class BrokenRules extends RuntimeException {

    private final List<BrokenRule> rules;

    public BrokenRules(List<BrokenRule> rules) {
        super(rules.stream().map(r -> r.attribute() + " " + r.rule()).reduce((a, b) -> a + "; " + b)
            .orElseThrow(() -> new IllegalArgumentException("BrokenRules needs at least one rule")));
        this.rules = List.copyOf(rules);
    }

    public List<BrokenRule> rules() {
        return rules;
    }

    /** Collects broken rules while a command checks its input, then throws them together. */
    static final class Collector {

        private final List<BrokenRule> broken = new ArrayList<>();

        void check(String attribute, Optional<String> rule) {
            rule.ifPresent(r -> broken.add(new BrokenRule(attribute, r)));
        }

        void throwIfAny() {
            if (!broken.isEmpty()) {
                throw new BrokenRules(broken);
            }
        }
    }
}
