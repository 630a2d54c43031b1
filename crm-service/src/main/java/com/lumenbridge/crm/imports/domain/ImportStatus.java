package com.lumenbridge.crm.imports.domain;

/**
 * QUEUED → RUNNING → COMPLETED, or FAILED (unreadable file, too many rows, an error on our side). A
 * job whose instance stopped stays QUEUED or RUNNING until another instance takes it over.
 */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
