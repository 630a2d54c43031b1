package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes the polite way first: SIGTERM to all, a grace period, then SIGKILL to the rest. */
final class ProcessStopper {

    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private ProcessStopper() {
    }

    /** Returns the processes that had to be killed because they outlived the grace period. */
    static List<ProcessHandle> stop(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        awaitExit(processes, grace);
        List<ProcessHandle> killed = new ArrayList<>();
        for (ProcessHandle process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
                killed.add(process);
            }
        }
        awaitExit(killed, AFTER_KILL);
        return killed;
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        if (processes.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the caller sees who is still alive and decides
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for a process to exit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
