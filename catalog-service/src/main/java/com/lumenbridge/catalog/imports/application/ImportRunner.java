package com.lumenbridge.catalog.imports.application;

import com.lumenbridge.catalog.imports.domain.ImportLimits;
import com.lumenbridge.catalog.imports.domain.RowError;
import com.lumenbridge.catalog.product.application.ProductMetrics;
import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.catalog.product.application.ProductsWritten;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one import job: counts the rows (so progress has a total, and an oversized file fails before
 * anything is written), then applies them in batches, recording progress after each.
 */
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final Imports imports;
    private final Products products;
    private final ApplicationEventPublisher local;
    private final JsonMapper json;
    private final ProductMetrics productMetrics;
    private static final List<String> IMPORT_OUTCOMES = List.of("created", "updated", "unchanged", "failed");

    private final MeterRegistry meters;
    private final Clock clock;
    private final int batchSize;

    public ImportRunner(Imports imports, Products products, ApplicationEventPublisher local, JsonMapper json,
            ProductMetrics productMetrics, MeterRegistry meters, Clock clock, int batchSize) {
        this.imports = imports;
        this.products = products;
        this.local = local;
        this.json = json;
        this.productMetrics = productMetrics;
        this.meters = meters;
        // registered at zero, so dashboards and alerts have a series before the first import
        IMPORT_OUTCOMES.forEach(outcome -> count(outcome, 0));
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public void run(ImportJob job, Path file) {
        try {
            long total = count(job, file);
            if (total > ImportLimits.MAX_ROWS) {
                imports.fail(job.id(), "The file has " + total + " rows; an import holds at most " + ImportLimits.MAX_ROWS,
                    clock.instant());
                return;
            }
            imports.start(job.id(), total, clock.instant());
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Iterator<ImportRows.Row> rows = ImportRows.read(job.format(), reader, json);
                List<ImportRows.Row> batch = new ArrayList<>(batchSize);
                while (rows.hasNext()) {
                    batch.add(rows.next());
                    if (batch.size() == batchSize) {
                        runBatch(job, batch);
                        batch.clear();
                    }
                }
                runBatch(job, batch);
            }
            imports.complete(job.id(), clock.instant());
            log.info("Import {} of {} rows completed in {} ms", job.id(), total,
                java.time.Duration.between(job.createdAt(), clock.instant()).toMillis());
        } catch (ImportRows.UnreadableFile e) {
            imports.fail(job.id(), e.getMessage(), clock.instant());
        } catch (IOException | RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            imports.fail(job.id(), "The import stopped on an internal error; rows written so far stay. Submit the file again.",
                clock.instant());
        } finally {
            ImportService.delete(file);
        }
    }

    private long count(ImportJob job, Path file) throws IOException {
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterator<ImportRows.Row> it = ImportRows.read(job.format(), reader, json);
            while (it.hasNext() && rows <= ImportLimits.MAX_ROWS) {
                it.next();
                rows++;
            }
        }
        return rows;
    }

    private void runBatch(ImportJob job, List<ImportRows.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ImportBatch batch = new ImportBatch(job.tenantId(), products, clock);
        batch.run(rows);
        if (!batch.written().isEmpty()) {
            local.publishEvent(new ProductsWritten(batch.written()));
        }
        List<RowError> errors = batch.errors();
        imports.progress(job.id(), new Imports.Progress(rows.size(), batch.failedRows(), batch.created(), batch.updated(),
            batch.unchanged()), errors, clock.instant());
        count("created", batch.created());
        count("updated", batch.updated());
        count("unchanged", batch.unchanged());
        count("failed", batch.failedRows());
        productMetrics.written("import", "created", batch.created());
        productMetrics.written("import", "updated", batch.updated());
        productMetrics.written("import", "unchanged", batch.unchanged());
        productMetrics.written("import", "rejected", batch.failedRows());
    }

    private void count(String outcome, long rows) {
        Counter counter = Counter.builder("lumenbridge.catalog.import.rows")
            .description("Import rows by outcome (created, updated, unchanged, failed)")
            .tag("outcome", outcome)
            .register(meters);
        if (rows > 0) {
            counter.increment(rows);
        }
    }
}
