package com.lumenbridge.crm.profile.domain;

/** Recency, frequency and monetary scores, 1 (low) to 5 (high); 0 for a person who has bought nothing yet. */
public record Rfm(int recency, int frequency, int monetary) {

    public static final Rfm NONE = new Rfm(0, 0, 0);

    /** The three digits as marketers read them, e.g. {@code "545"}. */
    public String code() {
        return "" + recency + frequency + monetary;
    }
}
