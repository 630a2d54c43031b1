package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs catalog-service's own sample-catalog generator from its jar, as a user could. */
final class CatalogGenerator {

    private final StackLayout layout;

    CatalogGenerator(StackLayout layout) {
        this.layout = layout;
    }

    /** Writes {@code skus} ACTIVE LED products of brand prefix {@code brand} as NDJSON to {@code file}. */
    void generate(Path file, int skus, String brand) throws IOException, InterruptedException {
        Path jar = layout.jar(ServiceSpec.CATALOG);
        Process process = new ProcessBuilder(ProcessStarter.javaExecutable(), "-cp", jar.toString(),
            "-Dloader.main=com.lumenbridge.catalog.sampledata.GenerateCatalog",
            "org.springframework.boot.loader.launch.PropertiesLauncher",
            "--count", String.valueOf(skus), "--format", "ndjson", "--out", file.toString(), "--seed", "42",
            "--brand", brand, "--currency", "EUR", "--status", "ACTIVE")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new LauncherException("The catalog generator failed (exit " + process.exitValue() + ")");
        }
    }
}
