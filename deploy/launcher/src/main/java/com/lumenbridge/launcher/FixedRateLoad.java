package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-model load: calls fall due at fixed intervals whatever the answers do, and each call's
 * latency counts from when it fell due, not from when a sender got round to it. A slow answer thus
 * shows in every call queued behind it too, as users arriving at that rate would see it, instead of
 * quietly slowing the arrivals down (no coordinated omission).
 */
final class FixedRateLoad {

    /** One call; true when it succeeded. Given the {@link System#nanoTime()} it fell due at. */
    @FunctionalInterface
    interface Call {
        boolean send(long dueNanos);
    }

    private final int senders;
    private final Duration grace;

    /**
     * @param senders calls in flight at most; further due calls wait for a sender, and that wait counts
     * @param grace how long after the last call fell due answers are still waited for; calls not
     *     answered by then count as errors
     */
    FixedRateLoad(int senders, Duration grace) {
        this.senders = senders;
        this.grace = grace;
    }

    LoadResult run(int ratePerSecond, int seconds, Call call) throws InterruptedException {
        int total = ratePerSecond * seconds;
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long[] latencies = new long[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger due = new AtomicInteger();
        ExecutorService sending = Executors.newFixedThreadPool(senders);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        long began = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> {
            int n = due.getAndIncrement();
            if (n >= total) {
                return;
            }
            // from the schedule, not the clock: a tick that ran late must not make its call look early
            long dueAt = began + n * periodNanos;
            sending.execute(() -> {
                boolean success = succeeded(call, dueAt);
                long latency = System.nanoTime() - dueAt;
                if (success) {
                    latencies[ok.getAndIncrement()] = latency;
                } else {
                    failed.incrementAndGet();
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        long giveUpAt = began + TimeUnit.SECONDS.toNanos(seconds) + grace.toNanos();
        while (ok.get() + failed.get() < total && System.nanoTime() < giveUpAt) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        ticks.shutdownNow();
        sending.shutdownNow();
        // awaiting termination also makes every latency the senders wrote visible here
        sending.awaitTermination(10, TimeUnit.SECONDS);
        double took = (System.nanoTime() - began) / 1e9;
        int answered = ok.get();
        return LoadResult.of(latencies, answered, total - answered, took);
    }

    private static boolean succeeded(FixedRateLoad.Call call, long dueAt) {
        try {
            return call.send(dueAt);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
