package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

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

    /** How long after {@code run} is called the first call falls due: time to start the ticker. */
    private static final long LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

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
        return record(ratePerSecond, seconds, call).result();
    }

    /** As {@link #run}, keeping every answered call's latency, so that runs can be pooled. */
    Latencies record(int ratePerSecond, int seconds, Call call) throws InterruptedException {
        int total = ratePerSecond * seconds;
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long[] latencies = new long[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService sending = Executors.newFixedThreadPool(senders);
        // The schedule is this arithmetic, not a timer's: a ticker that starts or wakes late sends what
        // has fallen due at once, and each call is timed from when it fell due. (A scheduled executor
        // anchors its own schedule when it is handed the task: in a fresh JVM, linking that task took
        // 5-7 ms after `began` was read, and every call of the first run in the JVM carried them.)
        long began = System.nanoTime() + LEAD_NANOS;
        Thread ticker = new Thread(() -> {
            for (int n = 0; n < total; n++) {
                long dueAt = began + n * periodNanos;
                for (long wait = dueAt - System.nanoTime(); wait > 0; wait = dueAt - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                }
                try {
                    sending.execute(() -> {
                        boolean success = succeeded(call, dueAt);
                        long latency = System.nanoTime() - dueAt;
                        if (success) {
                            latencies[ok.getAndIncrement()] = latency;
                        } else {
                            failed.incrementAndGet();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    return; // given up on: the run is over
                }
            }
        }, "fixed-rate-ticker");
        ticker.setDaemon(true);
        ticker.start();
        long giveUpAt = began + TimeUnit.SECONDS.toNanos(seconds) + grace.toNanos();
        while (ok.get() + failed.get() < total && System.nanoTime() < giveUpAt) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        ticker.interrupt();
        sending.shutdownNow();
        // awaiting termination also makes every latency the senders wrote visible here
        sending.awaitTermination(10, TimeUnit.SECONDS);
        ticker.join(TimeUnit.SECONDS.toMillis(10));
        double took = (System.nanoTime() - began) / 1e9;
        int answered = ok.get();
        return new Latencies(latencies, answered, total - answered, took);
    }

    private static boolean succeeded(FixedRateLoad.Call call, long dueAt) {
        try {
            return call.send(dueAt);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
