package com.lumenbridge.crm.imports.application;

import com.lumenbridge.crm.imports.domain.RowError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored import jobs. */
public interface Imports {

    ImportJob queue(String id, String tenantId, Map<String, String> mapping, String instanceId, Instant now);

    Optional<ImportJob> find(String id);

    void start(String id, long rowsTotal, Instant now);

    /** Adds one batch's counts and as many of its errors as the stored-error cap still allows. */
    void progress(String id, Progress batch, List<RowError> errors);

    void complete(String id, Instant now);

    void fail(String id, String failure, Instant now);

    /** Fails this instance's unfinished jobs (it is stopping). */
    void failUnfinished(String instanceId, String failure, Instant now);

    record Progress(long rowsDone, long rowsFailed, long created, long updated, long unchanged) {
    }
}
