package com.lumenbridge.crm.imports.application;

import com.lumenbridge.crm.imports.domain.ImportStatus;
import com.lumenbridge.crm.imports.domain.RowError;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A legacy import job as stored: its mapping, status, progress counts and the row errors it kept.
 * {@code instanceId} is the instance that owns (runs) it; {@code rowsDone} is also where a job taken
 * over resumes.
 */
public record ImportJob(String id, String tenantId, Map<String, String> mapping, ImportStatus status, long rowsTotal,
        long rowsDone, long rowsFailed, long created, long updated, long unchanged, List<RowError> errors,
        long errorsOmitted, String failure, String instanceId, Instant createdAt, Instant startedAt, Instant finishedAt) {
}
