package com.lumenbridge.crm.imports;

import com.lumenbridge.crm.imports.application.ImportService;
import com.lumenbridge.crm.imports.application.Imports;
import com.lumenbridge.crm.imports.persistence.MongoImports;
import com.lumenbridge.crm.profile.application.CrmMetrics;
import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.platform.scheduling.PeriodicJobs;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
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
    ImportService importService(Imports crmImports, ProfileService profiles, ThreadPoolExecutor crmImportExecutor,
            CrmMetrics metrics, Clock clock, @Value("${lumenbridge.crm.imports.batch-size:500}") int batchSize) {
        return new ImportService(crmImports, profiles, crmImportExecutor, metrics, clock, batchSize);
    }

    /** Nothing periodic; on stop, fails this instance's unfinished jobs so nobody waits on them. */
    @Bean
    PeriodicJobs importTending(ImportService imports) {
        return new PeriodicJobs("crm-import-tending").onStop(imports::abandonOwnJobs);
    }
}
