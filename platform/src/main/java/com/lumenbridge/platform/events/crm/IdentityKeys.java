package com.lumenbridge.platform.events.crm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one normalisation of a person's email and phone that every service agrees on, and the opaque
 * key derived from it. Two services that never share data can still tell they hold the same person
 * (order-service masking what the CRM erased) without an event ever carrying the address itself.
 */
public final class IdentityKeys {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-/]");

    private IdentityKeys() {
    }

    /** Trimmed and lower-cased; empty when it is not an email address. */
    public static Optional<String> normalizeEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(normalized).matches() ? Optional.of(normalized) : Optional.empty();
    }

    /**
     * E.164: spaces, dots, dashes, slashes and brackets dropped, a leading {@code 00} read as
     * {@code +}; empty unless the result is {@code +} and 7 to 15 digits. Numbers without a country
     * code are refused rather than guessed.
     */
    public static Optional<String> normalizePhone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String compact = PHONE_PUNCTUATION.matcher(phone.trim()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** The key of a normalised email: {@code email:} and the SHA-256 of the address, in hex. */
    public static Optional<String> emailKey(String email) {
        return normalizeEmail(email).map(e -> "email:" + sha256(e));
    }

    /** The key of a normalised phone: {@code phone:} and the SHA-256 of the E.164 number, in hex. */
    public static Optional<String> phoneKey(String phone) {
        return normalizePhone(phone).map(p -> "phone:" + sha256(p));
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
