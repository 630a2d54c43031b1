package com.lumenbridge.platform.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Background jobs of one feature on one daemon thread, so the jobs of one instance never overlap.
 * A failing run is logged and the job runs again at its next interval; nothing else stops it.
 * Declare one as a bean: it starts and stops with the application.
 */
public final class PeriodicJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);

    private final String threadName;
    private final List<Job> jobs = new ArrayList<>();
    private Runnable onStop = () -> { };
    private volatile ScheduledExecutorService executor;

    public PeriodicJobs(String threadName) {
        this.threadName = threadName;
    }

    /** Runs {@code work} after {@code initialDelay}, then {@code interval} after each run ends. */
    public PeriodicJobs every(String name, Duration initialDelay, Duration interval, Runnable work) {
        jobs.add(new Job(name, initialDelay, interval, work));
        return this;
    }

    /** Runs {@code work} once when the application stops, after the jobs have stopped. */
    public PeriodicJobs onStop(Runnable work) {
        this.onStop = work;
        return this;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        for (Job job : jobs) {
            started.scheduleWithFixedDelay(() -> run(job), job.initialDelay().toMillis(), job.interval().toMillis(),
                TimeUnit.MILLISECONDS);
        }
        executor = started;
    }

    private void run(Job job) {
        try {
            job.work().run();
        } catch (RuntimeException e) {
            log.warn("{} {} failed; it runs again in {}: {}", threadName, job.name(), job.interval(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            onStop.run();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Job(String name, Duration initialDelay, Duration interval, Runnable work) {
    }
}
