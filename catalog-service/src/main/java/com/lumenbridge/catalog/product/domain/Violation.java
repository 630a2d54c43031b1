package com.lumenbridge.catalog.product.domain;

/** One input field that breaks a rule, and which rule. */
public record Violation(String field, String message) {
}
