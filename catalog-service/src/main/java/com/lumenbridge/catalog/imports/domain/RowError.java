package com.lumenbridge.catalog.imports.domain;

/**
 * One problem with one row: {@code row} is the 1-based data record for CSV (header not counted) and
 * the 1-based line for NDJSON.
 */
public record RowError(long row, String field, String message) {
}
