package com.lumenbridge.catalog.imports;

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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
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

    @Bean
    ImportTending importTending(ImportService imports,
            @Value("${lumenbridge.catalog.imports.heartbeat-interval:10s}") Duration interval) {
        return new ImportTending(imports, interval);
    }

    /** Heartbeats this instance's jobs and fails abandoned ones; on stop, fails this instance's unfinished jobs. */
    static final class ImportTending implements SmartLifecycle {

        private static final Logger log = LoggerFactory.getLogger(ImportTending.class);

        private final ImportService imports;
        private final Duration interval;
        private volatile ScheduledExecutorService executor;

        ImportTending(ImportService imports, Duration interval) {
            this.imports = imports;
            this.interval = interval;
        }

        @Override
        public void start() {
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "catalog-import-tending");
                thread.setDaemon(true);
                return thread;
            });
            started.scheduleWithFixedDelay(() -> {
                try {
                    imports.tend();
                } catch (RuntimeException e) {
                    log.warn("Tending import jobs failed; will retry: {}", e.getMessage());
                }
            }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            executor = started;
        }

        @Override
        public void stop() {
            ScheduledExecutorService running = executor;
            executor = null;
            if (running != null) {
                running.shutdownNow();
                imports.abandonOwnJobs();
            }
        }

        @Override
        public boolean isRunning() {
            return executor != null;
        }
    }
}
