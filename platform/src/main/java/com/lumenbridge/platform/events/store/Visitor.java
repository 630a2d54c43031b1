package com.lumenbridge.platform.events.store;

/**
 * Who came to the store, as far as they consented to be known. Events carry a {@code Visitor} only
 * when consent was given; otherwise the field is {@code null}.
 */
public record Visitor(String email, String phone, String name) {
}
