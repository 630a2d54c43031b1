package com.lumenbridge.gateway.tenancy.domain;

import java.util.Objects;

/** One rule an input broke: which attribute, and what the rule says. */
public record BrokenRule(String attribute, String rule) {

    public BrokenRule {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(rule, "rule");
    }
}
