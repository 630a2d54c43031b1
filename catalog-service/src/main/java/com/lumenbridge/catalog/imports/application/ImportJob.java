package com.lumenbridge.catalog.imports.application;

import com.lumenbridge.catalog.imports.domain.ImportFormat;
import com.lumenbridge.catalog.imports.domain.ImportStatus;
import com.lumenbridge.catalog.imports.domain.RowError;
import java.time.Instant;
import java.util.List;

/** An import job as stored: its status, progress counts and the row errors it kept. */
public record ImportJob(
    String id,
    String tenantId,
    ImportFormat format,
    ImportStatus status,
    long rowsTotal,
    long rowsDone,
    long rowsFailed,
    long created,
    long updated,
    long unchanged,
    List<RowError> errors,
    long errorsOmitted,
    String failure,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {
}
