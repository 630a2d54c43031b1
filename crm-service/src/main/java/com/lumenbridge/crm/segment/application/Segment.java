package com.lumenbridge.crm.segment.application;

import java.time.Instant;

/**
 * A stored segment: its rule as the JSON the manufacturer sent, its size counter (moved on every
 * membership change, recounted periodically) and whether the first evaluation over the base is done.
 */
public record Segment(String id, String tenantId, String name, String ruleJson, long size, Status status,
        Instant createdAt) {

    public enum Status {
        /** Existing profiles are still being evaluated; the size grows until READY. */
        BUILDING,
        READY
    }
}
