package com.lumenbridge.crm.imports.domain;

/** One problem with one row: {@code row} is the 1-based data record (header not counted), {@code field} the target field. */
public record RowError(long row, String field, String message) {
}
