package com.lumenbridge.catalog.imports.domain;

/** QUEUED → RUNNING → COMPLETED, or FAILED (unreadable file, too many rows, or the instance running it stopped). */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
