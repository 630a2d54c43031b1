package com.lumenbridge.crm.imports.domain;

/** The bounds of one legacy import. */
public final class ImportLimits {

    public static final int MAX_ROWS = 100_000;
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Row errors a job keeps; the rest are only counted, so a broken file cannot bloat the job document. */
    public static final int MAX_STORED_ERRORS = 1_000;

    private ImportLimits() {
    }
}
