package com.lumenbridge.crm.imports;

import com.lumenbridge.crm.imports.application.ImportFiles;
import com.lumenbridge.crm.imports.application.ImportRunner;
import com.lumenbridge.crm.imports.application.ImportService;
import com.lumenbridge.crm.imports.application.Imports;
import com.lumenbridge.crm.imports.persistence.GridFsImportFiles;
import com.lumenbridge.crm.imports.persistence.MongoImports;
import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

    @Bean
    Imports crmImports(MongoDatabase database) {
        return new MongoImports(database);
    }

    @Bean
    ImportFiles crmImportFiles(MongoDatabase database) {
        return new GridFsImportFiles(database);
    }

    /** One import at a time per instance (they are write-heavy), a few waiting; more get 503. */
    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor crmImportExecutor(@Value("${lumenbridge.crm.imports.queue-capacity:8}") int queueCapacity) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread thread = new Thread(r, "crm-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ImportRunner importRunner(Imports crmImports, ImportFiles crmImportFiles, ProfileService profiles, CrmMetrics metrics,
            Clock clock, @Value("${lumenbridge.crm.imports.batch-size:500}") int batchSize) {
        return new ImportRunner(crmImports, crmImportFiles, profiles, metrics, clock, batchSize);
    }

    @Bean
    ImportService importService(Imports crmImports, ImportFiles crmImportFiles, ImportRunner importRunner,
            ThreadPoolExecutor crmImportExecutor, Clock clock,
            @Value("${lumenbridge.crm.imports.stale-after:60s}") Duration staleAfter) {
        return new ImportService(crmImports, crmImportFiles, importRunner, crmImportExecutor, clock, staleAfter);
    }

    /** Heartbeats this instance's jobs and takes over abandoned ones; on stop, releases this instance's unfinished jobs. */
    @Bean
    PeriodicJobs importTending(ImportService imports,
            @Value("${lumenbridge.crm.imports.heartbeat-interval:10s}") Duration interval) {
        return new PeriodicJobs("crm-import-tending")
            .every("tending", Duration.ZERO, interval, imports::tend)
            .onStop(imports::releaseOwnJobs);
    }
}
