package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits until every awaited part answers its probe, and stops waiting the moment one of their
 * processes dies or the deadline passes — never longer.
 */
final class Readiness {

    /** A part to wait for; {@code process} is empty for external infrastructure we did not start. */
    record Awaited(String part, Optional<Process> process, BooleanSupplier probe) {
    }

    sealed interface Outcome {
    }

    record AllReady() implements Outcome {
    }

    record Died(String part, int exitCode) implements Outcome {
    }

    record TimedOut(List<String> notReady) implements Outcome {
    }

    private final Duration pollInterval;

    Readiness(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    Outcome await(List<Awaited> parts, Deadline deadline, Consumer<String> onReady) {
        Map<String, Awaited> waiting = new LinkedHashMap<>();
        parts.forEach(part -> waiting.put(part.part(), part));
        while (true) {
            for (Awaited part : new ArrayList<>(waiting.values())) {
                Optional<Process> dead = part.process().filter(process -> !process.isAlive());
                if (dead.isPresent()) {
                    return new Died(part.part(), dead.get().exitValue());
                }
                if (part.probe().getAsBoolean()) {
                    waiting.remove(part.part());
                    onReady.accept(part.part());
                }
            }
            if (waiting.isEmpty()) {
                return new AllReady();
            }
            if (deadline.passed()) {
                return new TimedOut(List.copyOf(waiting.keySet()));
            }
            pauseUnlessOneExits(waiting.values(), min(pollInterval, deadline.remaining()));
        }
    }

    /** Waits before the next round of probes, but wakes up at once when an awaited process exits. */
    private static void pauseUnlessOneExits(Iterable<Awaited> parts, Duration pause) {
        List<CompletableFuture<Process>> exits = new ArrayList<>();
        parts.forEach(part -> part.process().ifPresent(process -> exits.add(process.onExit())));
        CompletableFuture<?> anyExit = exits.isEmpty() ? new CompletableFuture<>()
            : CompletableFuture.anyOf(exits.toArray(CompletableFuture[]::new));
        try {
            anyExit.get(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // nobody died: probe again
        } catch (ExecutionException e) {
            throw new IllegalStateException("Watching a process failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting for the stack to become ready", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
