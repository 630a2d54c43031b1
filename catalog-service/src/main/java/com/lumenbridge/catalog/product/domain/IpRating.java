package com.lumenbridge.catalog.product.domain;

import java.util.regex.Pattern;

/**
 * Ingress protection in the IEC 60529 form {@code IP<solids 0–6><liquids 0–9>}, plus {@code IP69K}
 * (ISO 20653, high-pressure steam cleaning).
 */
public record IpRating(String code) {

    private static final Pattern FORM = Pattern.compile("IP[0-6][0-9]|IP69K");

    /** How many distinct ratings exist; {@link #ordinal()} is below this. */
    public static final int COUNT = 71;

    public IpRating {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException("not an IEC 60529 rating: " + code);
        }
    }

    public static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    /** A dense number for the rating: solids × 10 + liquids, and 70 for IP69K. */
    public int ordinal() {
        return code.equals("IP69K") ? 70 : (code.charAt(2) - '0') * 10 + (code.charAt(3) - '0');
    }

    public static IpRating ofOrdinal(int ordinal) {
        return new IpRating(ordinal == 70 ? "IP69K" : "IP" + ordinal / 10 + ordinal % 10);
    }
}
