package com.lumenbridge.gateway.problem;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Warnings that a service is failing, written at most once an interval for each service and kind of
 * failure, each naming how many like it were left out since the last. Every 503 is still counted in
 * {@code http.server.requests}; only the log lines are thinned.
 *
 * <p>One line per call wrote 74 MB of gateway log in a 15 s overload phase of {@code bench gateway}
 * (8 507 calls answered 503 at 2 550/s), on the event loops already short of time; a partner's
 * retry storm against an open breaker would do the same.
 */
public final class UnavailableLog {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    public UnavailableLog(Duration interval) {
        this(interval, System::nanoTime);
    }

    UnavailableLog(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Writes {@code "The <service> service failed, answering 503: <why>"}, unless such a line for the
     * same service and reason was written less than an interval ago.
     *
     * @param why one of a few fixed phrases, such as "its bulkhead is full": each is a key of its own
     */
    public void answering503(Logger log, String service, String why) {
        long left = permit(service + " 503 " + why);
        if (left >= 0) {
            log.warn("The {} service failed, answering 503: {}{}", service, why, leftOut(left));
        }
    }

    /** The same line for a failure, thinned by the failure's class (its message varies). */
    public void answering503(Logger log, String service, Throwable cause) {
        long left = permit(service + " 503 " + (cause == null ? "" : cause.getClass().getName()));
        if (left >= 0) {
            log.warn("The {} service failed, answering 503: {}{}", service, cause, leftOut(left));
        }
    }

    /**
     * Writes {@code "<method> <path> could not reach the <service> service: <error>"}, unless such a
     * line for the same service and kind of error was written less than an interval ago.
     */
    public void unreachable(Logger log, String method, String path, String service, Throwable error) {
        long left = permit(service + " unreachable " + error.getClass().getName());
        if (left >= 0) {
            log.warn("{} {} could not reach the {} service: {}{}", method, path, service, error, leftOut(left));
        }
    }

    /** How many lines were left out since the last one written for the key, or -1 to leave this one out too. */
    long permit(String key) {
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        long now = nanoTime.getAsLong();
        synchronized (slot) {
            if (slot.written && now - slot.lastWritten < intervalNanos) {
                slot.leftOut++;
                return -1;
            }
            long left = slot.leftOut;
            slot.written = true;
            slot.lastWritten = now;
            slot.leftOut = 0;
            return left;
        }
    }

    private static String leftOut(long count) {
        return count == 0 ? "" : " (" + count + " more like it since the last such line)";
    }

    private static final class Slot {
        private boolean written;
        private long lastWritten;
        private long leftOut;
    }
}
