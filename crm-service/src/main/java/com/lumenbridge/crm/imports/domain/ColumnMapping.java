package com.lumenbridge.crm.imports.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the legacy CSV holds which profile field. Without a mapping, a column named like
 * the field is taken. At least one of email and phone must be mapped: a row without either cannot
 * be matched to anybody.
 */
public record ColumnMapping(Map<String, String> columns) {

    /** The fields a legacy row can fill. */
    public static final List<String> FIELDS = List.of("email", "phone", "name", "legacyId", "tradeAccount",
        "marketingConsent", "analyticsConsent", "consentAt", "customerSince");

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** Checks the requested mapping against the file's header; returns the problems keyed {@code map.<field>}. */
    public static ColumnMapping resolve(Map<String, String> requested, Collection<String> header, List<String[]> problems) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            if (!FIELDS.contains(entry.getKey())) {
                problems.add(new String[] {"map." + entry.getKey(), "is not a field; fields are " + FIELDS});
            } else if (!header.contains(entry.getValue())) {
                problems.add(new String[] {"map." + entry.getKey(), "names column '" + entry.getValue()
                    + "', which the CSV header does not have"});
            } else {
                columns.put(entry.getKey(), entry.getValue());
            }
        }
        if (requested.isEmpty()) {
            for (String field : FIELDS) {
                if (header.contains(field)) {
                    columns.put(field, field);
                }
            }
        }
        if (!columns.containsKey("email") && !columns.containsKey("phone") && problems.isEmpty()) {
            problems.add(new String[] {"map.email", "map an email or a phone column; rows are matched by them"});
        }
        return new ColumnMapping(columns);
    }

    public String cell(Map<String, String> row, String field) {
        String column = columns.get(field);
        if (column == null) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
