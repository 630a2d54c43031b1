package com.lumenbridge.crm.imports.application;

import com.lumenbridge.crm.imports.domain.ColumnMapping;
import com.lumenbridge.crm.imports.domain.ImportLimits;
import com.lumenbridge.crm.imports.domain.ImportStatus;
import com.lumenbridge.crm.imports.domain.LegacyRow;
import com.lumenbridge.crm.imports.domain.RowError;
import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.domain.Consent;
import com.lumenbridge.crm.profile.domain.History;
import com.lumenbridge.crm.profile.domain.Purpose;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one import job as its owner ({@link ImportJob#instanceId()}): counts the rows (so progress
 * has a total, and an oversized file fails before anything is written), then applies them in
 * batches, recording progress after each. That progress is the checkpoint: a job taken over after
 * its instance died starts after its last counted row, so no row before it is applied or counted
 * again; rows of the interrupted batch are applied again, which changes nothing (they count as
 * unchanged). A write that finds the job owned by another instance stops the run, so only one
 * instance ever counts a batch.
 */
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final String SOURCE = "LEGACY_IMPORT";

    private final Imports imports;
    private final ImportFiles files;
    private final ProfileService profiles;
    private final CrmMetrics metrics;
    private final Clock clock;
    private final int batchSize;

    public ImportRunner(Imports imports, ImportFiles files, ProfileService profiles, CrmMetrics metrics, Clock clock,
            int batchSize) {
        this.imports = imports;
        this.files = files;
        this.profiles = profiles;
        this.metrics = metrics;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Runs (or resumes) {@code job} from {@code file}, a local copy this run deletes. */
    public void run(ImportJob job, Path file) {
        try {
            if (job.status() == ImportStatus.QUEUED) {
                long total = count(file);
                if (total > ImportLimits.MAX_ROWS) {
                    finish(job, imports.fail(job.id(), job.instanceId(),
                        "The file has " + total + " rows; an import holds at most " + ImportLimits.MAX_ROWS, clock.instant()));
                    return;
                }
                if (!imports.start(job.id(), job.instanceId(), total, clock.instant())) {
                    lost(job);
                    return;
                }
            }
            if (applyRows(job, file)) {
                finish(job, imports.complete(job.id(), job.instanceId(), clock.instant()));
                log.info("Import {} completed", job.id());
            } else {
                lost(job);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            finish(job, imports.fail(job.id(), job.instanceId(), "The CSV cannot be read: " + e.getMessage(),
                clock.instant()));
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            finish(job, imports.fail(job.id(), job.instanceId(),
                "The import failed on our side; rows imported so far stay, submit again to finish", clock.instant()));
        } finally {
            ImportService.delete(file);
        }
    }

    /** Applies the rows after the job's checkpoint; whether this instance still owned the job to the end. */
    private boolean applyRows(ImportJob job, Path file) throws IOException {
        ColumnMapping mapping = new ColumnMapping(job.mapping());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = parser(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            long number = 0;
            Batch batch = new Batch();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                if (number <= job.rowsDone()) {
                    continue;
                }
                apply(job, mapping, record, number, batch);
                if (batch.done == batchSize) {
                    if (!flush(job, batch)) {
                        return false;
                    }
                    batch = new Batch();
                }
            }
            return flush(job, batch);
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

    /** Records the batch as the job's checkpoint; whether this instance still owns the job. */
    private boolean flush(ImportJob job, Batch batch) {
        if (!imports.progress(job.id(), job.instanceId(), new Imports.Progress(batch.done, batch.failed, batch.created,
                batch.updated, batch.unchanged), batch.errors, clock.instant())) {
            return false;
        }
        metrics.importRows("created", batch.created);
        metrics.importRows("updated", batch.updated);
        metrics.importRows("unchanged", batch.unchanged);
        metrics.importRows("failed", batch.failed);
        return true;
    }

    /** A finished job needs its stored file no more; a job another instance took over still does. */
    private void finish(ImportJob job, boolean finished) {
        if (finished) {
            files.delete(job.id());
        } else {
            lost(job);
        }
    }

    private static void lost(ImportJob job) {
        log.warn("Import {} was taken over by another instance (or released on stop); this run stops", job.id());
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

    static CSVParser parser(Reader reader) throws IOException {
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
}
