package com.lumenbridge.catalog.sampledata;

import com.lumenbridge.catalog.product.domain.ProductStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated catalog to a file for {@code POST /api/catalog/imports}. From the repackaged jar:
 *
 * <pre>
 * java -cp catalog-service/target/catalog-service.jar \
 *   -Dloader.main=com.lumenbridge.catalog.sampledata.GenerateCatalog \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --count 20000 --format ndjson --out catalog.ndjson [--seed 42] [--brand AUR] [--currency EUR] [--status ACTIVE]
 * </pre>
 */
public final class GenerateCatalog {

    private GenerateCatalog() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>(Map.of("--seed", "42", "--brand", "AUR", "--currency", "EUR",
            "--format", "ndjson", "--status", "ACTIVE"));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("Unexpected argument " + args[i]);
                return usage(err);
            }
            options.put(args[i], args[++i]);
        }
        if (!options.containsKey("--count") || !options.containsKey("--out")) {
            return usage(err);
        }
        int count = Integer.parseInt(options.get("--count"));
        String format = options.get("--format");
        if (!format.equals("ndjson") && !format.equals("csv")) {
            err.println("--format must be ndjson or csv");
            return usage(err);
        }
        ProductStatus productStatus = ProductStatus.valueOf(options.get("--status"));
        CatalogGenerator generator = new CatalogGenerator(Long.parseLong(options.get("--seed")), options.get("--brand"),
            options.get("--currency"));
        List<GeneratedProduct> products = new ArrayList<>(count);
        for (GeneratedProduct product : generator.generate(count)) {
            products.add(new GeneratedProduct(product.input(), productStatus));
        }
        Path out = Path.of(options.get("--out"));
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (format.equals("csv")) {
                CatalogFiles.writeCsv(products, writer);
            } else {
                CatalogFiles.writeNdjson(products, writer);
            }
        }
        err.println("Wrote " + count + " products to " + out.toAbsolutePath());
        return 0;
    }

    private static int usage(PrintStream err) {
        err.println("Usage: GenerateCatalog --count N --out FILE [--format ndjson|csv] [--seed N] [--brand AUR] "
            + "[--currency EUR] [--status DRAFT|ACTIVE]");
        return 2;
    }
}
