package com.lumenbridge.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./lumenbridge stop <part> [--kill]}: stops one part of the running stack — SIGTERM and a
 * grace period, or with {@code --kill} a SIGKILL straight away, as a crash would. {@code up} starts
 * it again. For working on one service, and for the fault scenarios that need a part to die.
 */
final class StopCommand {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final LocalStack stack;
    private final Console console;

    StopCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
    }

    int run(String name, boolean kill) {
        String part = LocalStack.partNamed(name);
        if (part == null) {
            console.problem("No part is called '%s'; parts: %s.", name, String.join(", ", LocalStack.ALL_PARTS));
            return 2;
        }
        Map<String, ProcessHandle> running = stack.runningParts();
        ProcessHandle process = running.get(part);
        if (process == null) {
            console.line("%s is not running.", part);
            return 0;
        }
        if (kill) {
            process.destroyForcibly();
            process.onExit().join();
            console.line("%s (pid %d) killed. ./lumenbridge up starts it again.", part, process.pid());
        } else {
            List<ProcessHandle> killed = ProcessStopper.stop(List.of(process), GRACE);
            console.line("%s (pid %d) %s. ./lumenbridge up starts it again.", part, process.pid(),
                killed.isEmpty() ? "stopped" : "killed (did not stop within " + GRACE.toSeconds() + " s of SIGTERM)");
        }
        stack.pids().delete(part);
        return 0;
    }
}
