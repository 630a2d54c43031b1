package com.lumenbridge.store.visitor.domain;

/**
 * A person at the store, known by email or phone. {@code recordConsent} says whether they agreed to be
 * recorded for the manufacturers' CRM at all; only then does their identity leave the store, with the
 * per-purpose consents as given.
 */
public record Visitor(String email, String phone, String name, boolean recordConsent, boolean marketingConsent,
        boolean analyticsConsent) {

    public static final String EMAIL_PATTERN = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ()-]{4,31}";

    public Visitor {
        if (email == null && phone == null) {
            throw new IllegalArgumentException("a visitor is identified by an email or a phone");
        }
        if (email != null && !isValidEmail(email)) {
            throw new IllegalArgumentException("email is not an email address");
        }
        if (phone != null && !isValidPhone(phone)) {
            throw new IllegalArgumentException("phone is not a phone number");
        }
        if (!recordConsent && (marketingConsent || analyticsConsent)) {
            throw new IllegalArgumentException("marketing or analytics consent needs the consent to be recorded");
        }
    }

    public static boolean isValidEmail(String email) {
        return email.length() <= 254 && email.matches(EMAIL_PATTERN);
    }

    public static boolean isValidPhone(String phone) {
        return phone.matches(PHONE_PATTERN);
    }

    /** The visitor as far as they agreed to be recorded: themselves, or nobody. */
    public java.util.Optional<Visitor> recordable() {
        return recordConsent ? java.util.Optional.of(this) : java.util.Optional.empty();
    }
}
