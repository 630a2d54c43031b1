package com.lumenbridge.crm.imports.application;

import com.lumenbridge.crm.imports.domain.RowError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored import jobs. A job belongs to the instance running it, which refreshes its heartbeat; a
 * job whose heartbeat stops (the instance died) is taken over by any instance and resumed from its
 * last progress. Every write of a running job names its owner and matches nothing once another
 * instance has taken the job over, so a paused owner that wakes up cannot count a row twice.
 */
public interface Imports {

    ImportJob queue(String id, String tenantId, Map<String, String> mapping, String instanceId, Instant now);

    Optional<ImportJob> find(String id);

    /** Whether {@code instanceId} still owns the job. */
    boolean start(String id, String instanceId, long rowsTotal, Instant now);

    /**
     * Adds one batch's counts and as many of its errors as the stored-error cap still allows; the
     * counts are the job's checkpoint. Whether {@code instanceId} still owns the job.
     */
    boolean progress(String id, String instanceId, Progress batch, List<RowError> errors, Instant now);

    /** Whether {@code instanceId} still owned the job and completed it. */
    boolean complete(String id, String instanceId, Instant now);

    /** Whether {@code instanceId} still owned the job and failed it. */
    boolean fail(String id, String instanceId, String failure, Instant now);

    /** Refreshes the heartbeat of this instance's unfinished jobs. */
    void heartbeat(String instanceId, Instant now);

    /**
     * Makes {@code instanceId} the owner of one unfinished job whose heartbeat is older than
     * {@code staleBefore}, in one guarded single-document update, so two instances never take the
     * same job; the job as taken over, or empty when none is stale.
     */
    Optional<ImportJob> takeOver(Instant staleBefore, String instanceId, Instant now);

    /** Gives up {@code instanceId}'s ownership of the job, so that the next instance to look takes it over. */
    void release(String id, String instanceId);

    /** Gives up every unfinished job of {@code instanceId} (it is stopping). */
    void releaseAll(String instanceId);

    record Progress(long rowsDone, long rowsFailed, long created, long updated, long unchanged) {
    }
}
