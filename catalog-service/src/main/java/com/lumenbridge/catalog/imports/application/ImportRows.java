package com.lumenbridge.catalog.imports.application;

import com.lumenbridge.catalog.imports.domain.ImportFormat;
import com.lumenbridge.catalog.product.application.ProductInputs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an import file row by row, streaming, into product inputs with their row numbers. */
final class ImportRows {

    private ImportRows() {
    }

    record Row(long number, ProductInputs.Read read) {
    }

    /** Thrown when the file as a whole cannot be read (no header, broken CSV quoting). */
    static final class UnreadableFile extends RuntimeException {

        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Iterator<Row> read(ImportFormat format, Reader reader, JsonMapper json) {
        return format == ImportFormat.CSV ? csv(reader) : ndjson(new BufferedReader(reader), json);
    }

    private static Iterator<Row> csv(Reader reader) {
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new UnreadableFile("The CSV header cannot be read: " + e.getMessage(), e);
        }
        if (!parser.getHeaderMap().containsKey("sku")) {
            throw new UnreadableFile("The CSV header has no sku column; columns are "
                + ImportFormat.CSV_COLUMNS, null);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long number;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new UnreadableFile("The CSV cannot be read after row " + number + ": " + e.getMessage(), e);
                }
            }

            @Override
            public Row next() {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new UnreadableFile("The CSV cannot be read after row " + number + ": " + e.getMessage(), e);
                }
                number++;
                if (!record.isConsistent()) {
                    return new Row(number, unreadable("row", "has " + record.size() + " cells; the header has "
                        + parser.getHeaderMap().size()));
                }
                Map<String, String> cells = record.toMap();
                return new Row(number, ProductInputs.fromCsv(cells));
            }
        };
    }

    private static Iterator<Row> ndjson(BufferedReader reader, JsonMapper json) {
        return new Iterator<>() {
            private long line;
            private String next = advance();

            private String advance() {
                try {
                    String text;
                    do {
                        text = reader.readLine();
                        line++;
                    } while (text != null && text.isBlank());
                    return text;
                } catch (IOException e) {
                    throw new UnreadableFile("The file cannot be read after line " + line + ": " + e.getMessage(), e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String text = next;
                long number = line;
                next = advance();
                JsonNode node;
                try {
                    node = json.readTree(text);
                } catch (JacksonException e) {
                    return new Row(number, unreadable("line", "is not valid JSON"));
                }
                return new Row(number, ProductInputs.fromJson(node));
            }
        };
    }

    private static ProductInputs.Read unreadable(String field, String message) {
        return ProductInputs.Read.nothing(field, message);
    }
}
