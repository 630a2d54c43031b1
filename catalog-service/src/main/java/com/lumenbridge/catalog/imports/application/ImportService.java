package com.lumenbridge.catalog.imports.application;

import com.lumenbridge.catalog.imports.domain.ImportFormat;
import com.lumenbridge.catalog.imports.domain.ImportLimits;
import com.lumenbridge.catalog.product.application.CatalogAccess;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.NotFound;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.platform.problem.ServiceUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts import files and runs them, one at a time per instance, on a bounded executor. The file
 * is spooled to a temporary file, so the request returns (202) as soon as it is received. A job
 * interrupted by a stop or crash is marked FAILED — by this instance on shutdown, or after a
 * crash by any instance once the job's heartbeat is stale — and the manufacturer submits the file
 * again, which is safe: re-importing changes only what is different.
 */
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Imports imports;
    private final ImportRunner runner;
    private final ThreadPoolExecutor executor;
    private final Clock clock;
    private final String instanceId = UUID.randomUUID().toString();
    private final Duration staleAfter;

    public ImportService(Imports imports, ImportRunner runner, ThreadPoolExecutor executor, Clock clock, Duration staleAfter) {
        this.imports = imports;
        this.runner = runner;
        this.executor = executor;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    public ImportJob submit(Caller caller, String contentType, InputStream body) {
        CatalogAccess.requireWriter(caller);
        ImportFormat format = ImportFormat.ofMediaType(contentType).orElseThrow(UnsupportedFormat::new);
        if (executor.getQueue().remainingCapacity() == 0) {
            throw new ServiceUnavailable("Too many imports are waiting; submit again in a minute");
        }
        Path file = spool(body);
        String id = UUID.randomUUID().toString();
        ImportJob job = imports.queue(id, caller.tenantId(), format, instanceId, clock.instant());
        try {
            executor.execute(() -> runner.run(job, file));
        } catch (RejectedExecutionException e) {
            imports.fail(id, "Too many imports were waiting; submit the file again", clock.instant());
            delete(file);
            throw new ServiceUnavailable("Too many imports are waiting; submit again in a minute");
        }
        return job;
    }

    public ImportJob find(Caller caller, String id) {
        CatalogAccess.requireReader(caller);
        return imports.find(id).filter(job -> job.tenantId().equals(caller.tenantId()))
            .orElseThrow(() -> new NotFound("Import", id));
    }

    /** Keeps this instance's jobs alive and fails jobs whose instance has gone; run periodically. */
    public void tend() {
        imports.heartbeat(instanceId, clock.instant());
        long failed = imports.failAbandoned(clock.instant().minus(staleAfter), null,
            "Interrupted: the instance running this import stopped. Submit the file again; rows already imported are unchanged.",
            clock.instant());
        if (failed > 0) {
            log.warn("Marked {} abandoned import(s) FAILED", failed);
        }
    }

    /** On shutdown: this instance's unfinished jobs will not finish, so say so now. */
    public void abandonOwnJobs() {
        imports.failAbandoned(null, instanceId,
            "Interrupted: the service was stopped. Submit the file again; rows already imported are unchanged.",
            clock.instant());
    }

    private static Path spool(InputStream body) {
        Path file;
        try {
            file = Files.createTempFile("catalog-import-", ".part");
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
                throw new com.lumenbridge.platform.problem.InvalidInput("body", "is empty; send CSV or NDJSON rows");
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

    /** Neither CSV nor NDJSON (415). */
    public static class UnsupportedFormat extends ApiException {

        UnsupportedFormat() {
            super(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the rows as text/csv or application/x-ndjson");
        }
    }
}
