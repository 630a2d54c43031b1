package com.lumenbridge.crm.imports.application;

import com.lumenbridge.crm.common.CrmAccess;
import com.lumenbridge.crm.imports.domain.ColumnMapping;
import com.lumenbridge.crm.imports.domain.ImportLimits;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.platform.problem.ServiceUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.apache.commons.csv.CSVParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Legacy CRM imports, mirroring the catalog's: the file is spooled to disk and its header checked
 * against the mapping before anything is stored (a bad mapping is 422, no job), then rows run as an
 * asynchronous job on a bounded executor, one at a time per instance ({@link ImportRunner}). Each
 * row goes through the same identity resolution as events, so it merges into an existing profile;
 * a row that changes nothing writes nothing, which makes running the same file again a no-op.
 * <p>
 * Unlike the catalog, which fails an interrupted job, a job survives its instance: the file is
 * stored in the database with the job, the running instance keeps the job's heartbeat, and any
 * instance that finds a heartbeat stale takes the job over and resumes it from its last progress.
 * An instance that stops releases its jobs, so they are taken over at once.
 */
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Imports imports;
    private final ImportFiles files;
    private final ImportRunner runner;
    private final ThreadPoolExecutor executor;
    private final Clock clock;
    private final String instanceId = UUID.randomUUID().toString();
    private final Duration staleAfter;

    public ImportService(Imports imports, ImportFiles files, ImportRunner runner, ThreadPoolExecutor executor, Clock clock,
            Duration staleAfter) {
        this.imports = imports;
        this.files = files;
        this.runner = runner;
        this.executor = executor;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    public ImportJob submit(Caller caller, String contentType, Map<String, String> requestedMapping, InputStream body) {
        CrmAccess.requireWriter(caller, "Import", "new");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")) {
            throw new UnsupportedFormat();
        }
        Path file = spool(body);
        try {
            ColumnMapping mapping = checkHeader(file, requestedMapping);
            String id = UUID.randomUUID().toString();
            // stored before the job exists, so every job can be resumed by any instance
            files.store(id, file);
            ImportJob job = imports.queue(id, caller.tenantId(), mapping.columns(), instanceId, clock.instant());
            try {
                executor.execute(() -> runner.run(job, file));
            } catch (RejectedExecutionException e) {
                imports.fail(id, instanceId, "Too many imports were waiting; submit the file again", clock.instant());
                files.delete(id);
                delete(file);
                throw new ServiceUnavailable("Too many imports are waiting; submit again in a minute");
            }
            return job;
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public ImportJob find(Caller caller, String id) {
        CrmAccess.requireReader(caller, "Import", id);
        return imports.find(id).filter(job -> job.tenantId().equals(caller.tenantId()))
            .orElseThrow(() -> new NotFound("Import", id));
    }

    /** Keeps this instance's jobs alive and takes over jobs whose instance has gone, while there is room; run periodically. */
    public void tend() {
        imports.heartbeat(instanceId, clock.instant());
        while (executor.getQueue().remainingCapacity() > 0) {
            Optional<ImportJob> taken = imports.takeOver(clock.instant().minus(staleAfter), instanceId, clock.instant());
            if (taken.isEmpty()) {
                return;
            }
            resume(taken.get());
        }
    }

    private void resume(ImportJob job) {
        Optional<Path> file;
        try {
            file = files.fetch(job.id());
        } catch (RuntimeException e) {
            imports.release(job.id(), instanceId);
            throw e;
        }
        if (file.isEmpty()) {
            imports.fail(job.id(), instanceId,
                "Interrupted: the instance running this import stopped and its file is gone. Submit the file again; "
                    + "rows already imported are unchanged.", clock.instant());
            return;
        }
        log.warn("Taking over import {}, abandoned by its instance, after row {}", job.id(), job.rowsDone());
        try {
            executor.execute(() -> runner.run(job, file.get()));
        } catch (RejectedExecutionException e) {
            imports.release(job.id(), instanceId);
            delete(file.get());
        }
    }

    /** On shutdown: this instance's unfinished jobs will not finish here, so let another instance take them over now. */
    public void releaseOwnJobs() {
        imports.releaseAll(instanceId);
    }

    private ColumnMapping checkHeader(Path file, Map<String, String> requested) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = ImportRunner.parser(reader)) {
            List<String[]> problems = new ArrayList<>();
            ColumnMapping mapping = ColumnMapping.resolve(requested, parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems.stream().map(p -> new FieldError(p[0], p[1])).toList());
            }
            return mapping;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("body", "the CSV header cannot be read: " + e.getMessage());
        }
    }

    private static Path spool(InputStream body) {
        Path file;
        try {
            file = Files.createTempFile("crm-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for the import", e);
        }
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > ImportLimits.MAX_BYTES) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw new InvalidInput("body", "is empty; send the CSV with its header row");
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Could not receive the import file", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    /** The body is larger than an import may be (413). */
    public static class TooLarge extends ApiException {

        TooLarge() {
            super(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                "An import holds at most " + ImportLimits.MAX_BYTES / (1024 * 1024) + " MB");
        }
    }

    /** Not CSV (415). */
    public static class UnsupportedFormat extends ApiException {

        UnsupportedFormat() {
            super(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the legacy CRM export as text/csv");
        }
    }
}
