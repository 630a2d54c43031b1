package com.lumenbridge.crm.segment.domain;

/** One bad clause of a rule: where it is ({@code rule.and[1].op}) and what is wrong. */
public record RuleError(String path, String message) {
}
