package com.lumenbridge.catalog.imports.application;

import com.lumenbridge.catalog.imports.domain.ImportFormat;
import com.lumenbridge.catalog.imports.domain.RowError;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored import jobs. A job belongs to the instance running it, which refreshes its heartbeat; a
 * job whose heartbeat stops (the instance died) is failed by any instance.
 */
public interface Imports {

    ImportJob queue(String id, String tenantId, ImportFormat format, String instanceId, Instant now);

    Optional<ImportJob> find(String id);

    void start(String id, long rowsTotal, Instant now);

    /** Adds one batch's counts and as many of its errors as the stored-error cap still allows. */
    void progress(String id, Progress batch, List<RowError> errors, Instant now);

    void complete(String id, Instant now);

    void fail(String id, String failure, Instant now);

    /** Refreshes the heartbeat of this instance's unfinished jobs. */
    void heartbeat(String instanceId, Instant now);

    /** Fails unfinished jobs whose heartbeat is older than {@code before}, or all of {@code instanceId}'s; returns how many. */
    long failAbandoned(Instant before, String instanceId, String failure, Instant now);

    record Progress(long rowsDone, long rowsFailed, long created, long updated, long unchanged) {
    }
}
