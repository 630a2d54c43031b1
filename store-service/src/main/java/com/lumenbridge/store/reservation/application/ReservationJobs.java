package com.lumenbridge.store.reservation.application;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs recovery once at start-up and then periodically, and expires holds periodically. One thread,
 * so the jobs of one instance never overlap; instances may overlap, which every step tolerates.
 */
public class ReservationJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReservationJobs.class);

    private final ReservationService reservations;
    private final Duration staleAfter;
    private final Duration recoveryInterval;
    private final Duration expiryInterval;
    private volatile ScheduledExecutorService executor;

    public ReservationJobs(ReservationService reservations, Duration staleAfter, Duration recoveryInterval,
            Duration expiryInterval) {
        this.reservations = reservations;
        this.staleAfter = staleAfter;
        this.recoveryInterval = recoveryInterval;
        this.expiryInterval = expiryInterval;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "reservation-jobs");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(() -> guarded("recovery", () -> reservations.recover(staleAfter)), 0,
            recoveryInterval.toMillis(), TimeUnit.MILLISECONDS);
        started.scheduleWithFixedDelay(() -> guarded("expiry", reservations::expireDue), expiryInterval.toMillis(),
            expiryInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    private static void guarded(String job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Reservation {} pass failed; it runs again at the next interval: {}", job, e.getMessage());
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
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
