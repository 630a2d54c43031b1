package com.lumenbridge.platform.events.store;

/**
 * Who came to the store, as far as they consented to be known. Events carry a {@code Visitor} only
 * when the person agreed to be recorded; otherwise the field is {@code null}. The two flags are the
 * consents given at the counter, per purpose.
 */
public record Visitor(String email, String phone, String name, boolean marketingConsent, boolean analyticsConsent) {
}
