package com.lumenbridge.catalog.search;

import com.lumenbridge.catalog.search.persistence.ProductIndex;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Makes changes that arrived through Kafka searchable within {@code interval}, without paying a
 * Lucene reopen per event when thousands arrive at once (an import on another instance).
 */
final class IndexRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexRefresher.class);

    private final ProductIndex index;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    IndexRefresher(ProductIndex index, Duration interval) {
        this.index = index;
        this.interval = interval;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(() -> {
            try {
                index.refreshIfChanged();
            } catch (RuntimeException e) {
                log.warn("Search index refresh failed; will retry: {}", e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
