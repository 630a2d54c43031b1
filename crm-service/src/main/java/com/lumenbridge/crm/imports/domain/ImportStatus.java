package com.lumenbridge.crm.imports.domain;

/** QUEUED → RUNNING → COMPLETED, or FAILED (unreadable file, too many rows, or the service stopped). */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
