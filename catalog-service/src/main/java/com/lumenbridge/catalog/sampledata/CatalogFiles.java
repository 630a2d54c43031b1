package com.lumenbridge.catalog.sampledata;

import com.lumenbridge.catalog.imports.domain.ImportFormat;
import com.lumenbridge.catalog.product.domain.ProductInput;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** Writes products as the import formats of {@code POST /api/catalog/imports}: NDJSON or CSV. */
public final class CatalogFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogFiles() {
    }

    /** One product as the JSON object of {@code POST /api/catalog/products}, plus its {@code status}. */
    public static Map<String, Object> asJson(GeneratedProduct product) {
        ProductInput p = product.input();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sku", p.sku());
        json.put("name", p.name());
        json.put("description", p.description());
        json.put("category", p.category());
        json.put("segment", p.segment());
        json.put("watts", p.watts());
        putIfPresent(json, "lumens", p.lumens());
        putIfPresent(json, "cctKelvin", p.cctKelvin());
        putIfPresent(json, "cri", p.cri());
        putIfPresent(json, "beamAngle", p.beamAngle());
        json.put("base", p.base());
        json.put("ipRating", p.ipRating());
        json.put("dimmable", p.dimmable());
        json.put("voltage", p.voltage());
        json.put("lifetimeHours", p.lifetimeHours());
        json.put("energyClass", p.energyClass());
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("amountMinor", p.listPriceMinor());
        price.put("currency", p.currency());
        json.put("listPrice", price);
        json.put("status", product.status().name());
        return json;
    }

    public static String ndjsonLine(GeneratedProduct product) {
        return JSON.writeValueAsString(asJson(product));
    }

    public static void writeNdjson(Iterable<GeneratedProduct> products, Writer out) throws IOException {
        for (GeneratedProduct product : products) {
            out.write(ndjsonLine(product));
            out.write('\n');
        }
    }

    public static void writeCsv(Iterable<GeneratedProduct> products, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
            .setHeader(ImportFormat.CSV_COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get());
        for (GeneratedProduct product : products) {
            ProductInput p = product.input();
            csv.printRecord(p.sku(), p.name(), p.description(), p.category(), p.segment(), p.watts().toPlainString(),
                p.lumens(), p.cctKelvin(), p.cri(), p.beamAngle(), p.base(), p.ipRating(), p.dimmable(), p.voltage(),
                p.lifetimeHours(), p.energyClass(), p.listPriceMinor(), p.currency(), product.status().name());
        }
        csv.flush();
    }

    private static void putIfPresent(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
