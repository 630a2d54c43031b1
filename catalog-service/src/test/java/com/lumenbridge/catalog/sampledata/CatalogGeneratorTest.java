package com.lumenbridge.catalog.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.catalog.product.domain.ProductRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {

    private final List<GeneratedProduct> products = new CatalogGenerator(42, "AUR", "EUR").generate(5000);

    @Test
    void generatesTheSameCatalogForTheSameSeed() {
        assertThat(new CatalogGenerator(42, "AUR", "EUR").generate(5000)).isEqualTo(products);
        assertThat(new CatalogGenerator(43, "AUR", "EUR").generate(50)).isNotEqualTo(products.subList(0, 50));
    }

    @Test
    void everyProductIsValidAndHasAUniqueSkuWithTheBrandPrefix() {
        Set<String> skus = new HashSet<>();
        for (GeneratedProduct product : products) {
            ProductRules.validate(product.input());
            assertThat(product.input().sku()).startsWith("AUR-");
            skus.add(product.input().sku());
        }
        assertThat(skus).hasSize(products.size());
    }

    @Test
    void aboutThirtyPercentAreProfessionalAndEveryCategoryOccurs() {
        long professional = products.stream().filter(p -> p.input().segment().equals("PROFESSIONAL")).count();
        Map<String, Long> byCategory = products.stream()
            .collect(Collectors.groupingBy(p -> p.input().category(), Collectors.counting()));

        assertThat(professional / (double) products.size()).isBetween(0.25, 0.35);
        assertThat(byCategory).containsOnlyKeys("bulb", "tube", "panel", "downlight", "spotlight", "strip", "floodlight",
            "high-bay", "track", "driver", "smart");
        assertThat(byCategory.get("bulb")).isGreaterThan(byCategory.get("high-bay"));
    }

    @Test
    void writesNdjsonAndCsvFilesFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path ndjson = dir.resolve("c.ndjson");
        Path csv = dir.resolve("c.csv");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(GenerateCatalog.run(new String[] {"--count", "25", "--format", "ndjson", "--out", ndjson.toString()},
            quiet)).isZero();
        assertThat(GenerateCatalog.run(new String[] {"--count", "25", "--format", "csv", "--out", csv.toString(),
            "--seed", "42"}, quiet)).isZero();
        assertThat(GenerateCatalog.run(new String[] {"--count", "25"}, quiet)).isEqualTo(2);

        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(25);
        assertThat(lines.get(0)).startsWith("{\"sku\":\"AUR-").contains("\"status\":\"ACTIVE\"");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("sku,name,description,category,segment,watts,lumens,cctKelvin,cri,beamAngle,"
            + "base,ipRating,dimmable,voltage,lifetimeHours,energyClass,listPriceMinor,currency,status");
        assertThat(rows).hasSize(26);
    }
}
