package com.lumenbridge.crm.imports.application;

import com.lumenbridge.crm.common.CrmAccess;
import com.lumenbridge.crm.imports.domain.ColumnMapping;
import com.lumenbridge.crm.imports.domain.ImportLimits;
import com.lumenbridge.crm.imports.domain.LegacyRow;
import com.lumenbridge.crm.imports.domain.RowError;
import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.Purpose;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Legacy CRM imports, mirroring the catalog's: the file is spooled to disk and its header checked
 * against the mapping before anything is stored (a bad mapping is 422, no job), then rows run as an
 * asynchronous job with progress after every batch. Each row goes through the same identity
 * resolution as events, so it merges into an existing profile; a row that changes nothing writes
 * nothing, which makes running the same file again a no-op.
 */
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    static final String SOURCE = "LEGACY_IMPORT";

    private final Imports imports;
    private final ProfileService profiles;
    private final Executor executor;
    private final CrmMetrics metrics;
    private final Clock clock;
    private final int batchSize;
    private final String instanceId = UUID.randomUUID().toString();

    public ImportService(Imports imports, ProfileService profiles, Executor executor, CrmMetrics metrics, Clock clock,
            int batchSize) {
        this.imports = imports;
        this.profiles = profiles;
        this.executor = executor;
        this.metrics = metrics;
        this.clock = clock;
        this.batchSize = batchSize;
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
            ImportJob job = imports.queue(id, caller.tenantId(), mapping.columns(), instanceId, clock.instant());
            try {
                executor.execute(() -> run(job, mapping, file));
            } catch (RejectedExecutionException e) {
                imports.fail(id, "Too many imports were waiting; submit the file again", clock.instant());
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

    /** On shutdown: this instance's unfinished jobs will not finish, so say so now. */
    public void abandonOwnJobs() {
        imports.failUnfinished(instanceId,
            "Interrupted: the service was stopped. Submit the file again; rows already imported are unchanged.",
            clock.instant());
    }

    private ColumnMapping checkHeader(Path file, Map<String, String> requested) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = parser(reader)) {
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

    void run(ImportJob job, ColumnMapping mapping, Path file) {
        try {
            long total = count(file);
            if (total > ImportLimits.MAX_ROWS) {
                imports.fail(job.id(), "The file has " + total + " rows; an import holds at most " + ImportLimits.MAX_ROWS,
                    clock.instant());
                return;
            }
            imports.start(job.id(), total, clock.instant());
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = parser(reader)) {
                Iterator<CSVRecord> records = parser.iterator();
                long number = 0;
                Batch batch = new Batch();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    number++;
                    apply(job, mapping, record, number, batch);
                    if (batch.done == batchSize) {
                        flush(job, batch);
                        batch = new Batch();
                    }
                }
                flush(job, batch);
            }
            imports.complete(job.id(), clock.instant());
            log.info("Import {} of {} rows completed", job.id(), total);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            imports.fail(job.id(), "The CSV cannot be read: " + e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            imports.fail(job.id(), "The import failed on our side; rows imported so far stay, submit again to finish",
                clock.instant());
        } finally {
            delete(file);
        }
    }

    private void apply(ImportJob job, ColumnMapping mapping, CSVRecord record, long number, Batch batch) {
        batch.done++;
        if (!record.isConsistent()) {
            batch.failed++;
            batch.errors.add(new RowError(number, "row", "has " + record.size() + " cells; the header has "
                + record.getParser().getHeaderNames().size()));
            return;
        }
        LegacyRow row = LegacyRow.read(record.toMap(), mapping, batch.errors, number);
        if (row == null) {
            batch.failed++;
            return;
        }
        String key = "legacy:" + (row.legacyId() != null ? row.legacyId() : row.contact().keys().get(0));
        ProfileService.Applied applied = profiles.touch(job.tenantId(), row.contact(), "legacy import row " + number, p -> {
            if (row.marketingConsent() != null) {
                p.consent(Purpose.MARKETING, new Consent(row.marketingConsent(), SOURCE, row.consentAt()));
            }
            if (row.analyticsConsent() != null) {
                p.consent(Purpose.ANALYTICS, new Consent(row.analyticsConsent(), SOURCE, row.consentAt()));
            }
            p.recordLegacy(new History.LegacyEntry(key, row.legacyId(), row.tradeAccount(), row.customerSince()));
        });
        if (applied.created()) {
            batch.created++;
        } else if (applied.changed()) {
            batch.updated++;
        } else {
            batch.unchanged++;
        }
    }

    private void flush(ImportJob job, Batch batch) {
        imports.progress(job.id(), new Imports.Progress(batch.done, batch.failed, batch.created, batch.updated,
            batch.unchanged), batch.errors);
        metrics.importRows("created", batch.created);
        metrics.importRows("updated", batch.updated);
        metrics.importRows("unchanged", batch.unchanged);
        metrics.importRows("failed", batch.failed);
    }

    private static long count(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = parser(reader)) {
            long n = 0;
            for (CSVRecord ignored : parser) {
                n++;
                if (n > ImportLimits.MAX_ROWS) {
                    break;
                }
            }
            return n;
        }
    }

    private static CSVParser parser(Reader reader) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setTrim(true).setAllowMissingColumnNames(true).get().parse(reader);
    }

    private static final class Batch {
        private long done;
        private long failed;
        private long created;
        private long updated;
        private long unchanged;
        private final List<RowError> errors = new ArrayList<>();
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
