package com.lumenbridge.catalog.imports.web;

import com.lumenbridge.catalog.imports.application.ImportJob;
import com.lumenbridge.catalog.imports.application.ImportService;
import com.lumenbridge.catalog.imports.domain.RowError;
import com.lumenbridge.platform.identity.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/imports")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /** Takes {@code text/csv} or {@code application/x-ndjson} rows; 202 with the queued job and its {@code Location}. */
    @PostMapping
    ResponseEntity<ImportView> submit(Caller caller, HttpServletRequest request) throws IOException {
        ImportJob job = imports.submit(caller, request.getContentType(), request.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/catalog/imports/" + job.id())).body(ImportView.of(job));
    }

    @GetMapping("/{id}")
    ImportView get(Caller caller, @PathVariable String id) {
        return ImportView.of(imports.find(caller, id));
    }

    record ImportView(String id, String status, String format, long rowsTotal, long rowsDone, long rowsFailed,
            long created, long updated, long unchanged, List<RowError> errors, long errorsOmitted, String failure,
            Instant createdAt, Instant startedAt, Instant finishedAt) {

        static ImportView of(ImportJob job) {
            return new ImportView(job.id(), job.status().name(), job.format().mediaType(), job.rowsTotal(), job.rowsDone(),
                job.rowsFailed(), job.created(), job.updated(), job.unchanged(), job.errors(), job.errorsOmitted(),
                job.failure(), job.createdAt(), job.startedAt(), job.finishedAt());
        }
    }
}
