package com.lumenbridge.catalog.imports.domain;

/** The bounds of one import. */
public final class ImportLimits {

    /** Rows one import may hold. */
    public static final int MAX_ROWS = 100_000;
    /** Bytes one import may hold (the gateway allows 64 MB on this path). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Row errors a job keeps; the rest are only counted, so a broken file cannot bloat the job document. */
    public static final int MAX_STORED_ERRORS = 1_000;

    private ImportLimits() {
    }
}
