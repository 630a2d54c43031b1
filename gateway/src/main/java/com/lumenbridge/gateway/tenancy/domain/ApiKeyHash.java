package com.lumenbridge.gateway.tenancy.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SHA-256 of a presented key, lower-case hex: what is stored and looked up instead of the key.
 * The keys carry 256 random bits, so a fast unsalted hash is enough; a slow password hash would
 * only slow every request down.
 */
public record ApiKeyHash(String hex) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public ApiKeyHash {
        Objects.requireNonNull(hex, "hex");
        if (!FORMAT.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
    }

    /** The hash of exactly the string presented, whatever it looks like. */
    public static ApiKeyHash of(String presentedKey) {
        Objects.requireNonNull(presentedKey, "presentedKey");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presentedKey.getBytes(StandardCharsets.UTF_8));
            return new ApiKeyHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
