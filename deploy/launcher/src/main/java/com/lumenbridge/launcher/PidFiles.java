package com.lumenbridge.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PIDs of the processes {@code up} started, one file per part under {@code run/}. A recorded PID
 * counts as ours only while the process lives and its command line carries our {@link ProcessTag}.
 */
final class PidFiles {

    enum State {
        /** Alive and carrying our tag. */
        RUNNING,
        /** No process has that PID any more. */
        GONE,
        /** The PID is alive but belongs to some other program now. */
        NOT_OURS
    }

    record Recorded(String part, long pid, State state) {

        Optional<ProcessHandle> handle() {
            return state == State.RUNNING ? ProcessHandle.of(pid) : Optional.empty();
        }
    }

    private final Path runDir;
    private final ProcessTag tag;
    private final CommandLines commandLines;

    PidFiles(Path runDir, ProcessTag tag, CommandLines commandLines) {
        this.runDir = runDir;
        this.tag = tag;
        this.commandLines = commandLines;
    }

    Path file(String part) {
        return runDir.resolve(part + ".pid");
    }

    void write(String part, long pid) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(file(part), pid + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(part), e);
        }
    }

    void delete(String part) {
        try {
            Files.deleteIfExists(file(part));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file(part), e);
        }
    }

    /** What the pid file of {@code part} says, checked against the live process; empty without a file. */
    Optional<Recorded> inspect(String part) {
        Path file = file(part);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            return Optional.of(new Recorded(part, -1, State.GONE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            return Optional.of(new Recorded(part, pid, State.GONE));
        }
        boolean ours = commandLines.of(pid).map(line -> tag.marks(line, part)).orElse(false);
        return Optional.of(new Recorded(part, pid, ours ? State.RUNNING : State.NOT_OURS));
    }

    /**
     * Every live process carrying our tag, by part, pid file or not — so a process whose pid file was
     * lost (a launcher killed between start and write) is still found and stopped.
     */
    Map<String, ProcessHandle> taggedProcesses() {
        Map<String, ProcessHandle> found = new LinkedHashMap<>();
        ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).forEach(process ->
            commandLines.of(process.pid()).flatMap(tag::partOf).ifPresent(part -> found.put(part, process)));
        return found;
    }
}
