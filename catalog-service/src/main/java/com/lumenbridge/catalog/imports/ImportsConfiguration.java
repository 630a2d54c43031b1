package com.lumenbridge.catalog.imports;

import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.lumenbridge.catalog.imports.application.ImportRunner;
import com.lumenbridge.catalog.imports.application.ImportService;
import com.lumenbridge.catalog.imports.application.Imports;
import com.lumenbridge.catalog.imports.persistence.MongoImports;
import com.lumenbridge.catalog.product.application.ProductMetrics;
import com.lumenbridge.catalog.product.application.Products;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

    @Bean
    Imports imports(MongoDatabase database) {
        return new MongoImports(database);
    }

    /** One import at a time per instance (they are CPU- and write-heavy), a few waiting; more get 503. */
    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor importExecutor(@Value("${lumenbridge.catalog.imports.queue-capacity:8}") int queueCapacity) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread thread = new Thread(r, "catalog-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ImportRunner importRunner(Imports imports, Products products, ApplicationEventPublisher events, JsonMapper json,
            ProductMetrics productMetrics, MeterRegistry meters, Clock clock,
            @Value("${lumenbridge.catalog.imports.batch-size:1000}") int batchSize) {
        return new ImportRunner(imports, products, events, json, productMetrics, meters, clock, batchSize);
    }

    @Bean
    ImportService importService(Imports imports, ImportRunner runner, ThreadPoolExecutor importExecutor, Clock clock,
            @Value("${lumenbridge.catalog.imports.stale-after:60s}") Duration staleAfter) {
        return new ImportService(imports, runner, importExecutor, clock, staleAfter);
    }

    /** Heartbeats this instance's jobs and fails abandoned ones; on stop, fails this instance's unfinished jobs. */
    @Bean
    PeriodicJobs importTending(ImportService imports,
            @Value("${lumenbridge.catalog.imports.heartbeat-interval:10s}") Duration interval) {
        return new PeriodicJobs("catalog-import-tending")
            .every("tending", Duration.ZERO, interval, imports::tend)
            .onStop(imports::abandonOwnJobs);
    }
}
