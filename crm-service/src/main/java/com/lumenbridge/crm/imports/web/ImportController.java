package com.lumenbridge.crm.imports.web;

import com.lumenbridge.crm.imports.application.ImportJob;
import com.lumenbridge.crm.imports.application.ImportService;
import com.lumenbridge.crm.imports.domain.RowError;
import jakarta.servlet.http.HttpServletRequest;
import com.lumenbridge.platform.identity.Caller;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legacy CRM imports. The body is the CSV ({@code text/csv}); the column mapping travels as query
 * parameters {@code map.<field>=<column>}, e.g. {@code ?map.email=E-Mail&map.tradeAccount=Trade},
 * so the file streams to disk untouched instead of being wrapped in JSON or multipart.
 */
@RestController
@RequestMapping("/api/crm/imports")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping
    ResponseEntity<ImportView> submit(Caller caller, @RequestParam Map<String, String> parameters,
            HttpServletRequest request) throws IOException {
        Map<String, String> mapping = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("map.")) {
                mapping.put(name.substring(4), value);
            }
        });
        ImportJob job = imports.submit(caller, request.getContentType(), mapping, request.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/crm/imports/" + job.id())).body(ImportView.of(job));
    }

    @GetMapping("/{id}")
    ImportView get(Caller caller, @PathVariable String id) {
        return ImportView.of(imports.find(caller, id));
    }

    record ImportView(String id, String status, Map<String, String> mapping, long rowsTotal, long rowsDone,
            long rowsFailed, long created, long updated, long unchanged, List<RowError> errors, long errorsOmitted,
            String failure, Instant createdAt, Instant startedAt, Instant finishedAt) {

        static ImportView of(ImportJob job) {
            return new ImportView(job.id(), job.status().name(), job.mapping(), job.rowsTotal(), job.rowsDone(),
                job.rowsFailed(), job.created(), job.updated(), job.unchanged(), job.errors(), job.errorsOmitted(),
                job.failure(), job.createdAt(), job.startedAt(), job.finishedAt());
        }
    }
}
