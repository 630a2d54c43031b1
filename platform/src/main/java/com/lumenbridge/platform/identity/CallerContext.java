package com.lumenbridge.platform.identity;

import java.util.Optional;

/**
 * The caller of the request being handled on this thread, set by {@link InternalTokenFilter} and
 * cleared when the request ends, so application code never passes the tenant by hand.
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    /** The current caller; throws if called outside an authenticated request. */
    public static Caller current() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller on this thread");
        }
        return caller;
    }

    public static Optional<Caller> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as {@code caller}; restores what was there before. */
    public static void runAs(Caller caller, Runnable work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            work.run();
        } finally {
            restore(previous);
        }
    }

    static void set(Caller caller) {
        CURRENT.set(caller);
    }

    static void restore(Caller previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
