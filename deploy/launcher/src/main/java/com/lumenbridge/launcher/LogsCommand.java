package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code ./lumenbridge logs [part]}: the end of one part's log, or the list of logs. */
final class LogsCommand {

    static final int LINES = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault());

    private final LocalStack stack;
    private final Console console;

    LogsCommand(LocalStack stack) {
        this.stack = stack;
        this.console = stack.console();
    }

    int run(String name) {
        if (name == null) {
            list();
            return 0;
        }
        String part = LocalStack.partNamed(name);
        if (part == null) {
            console.problem("No part is called '%s'.", name);
            list();
            return 2;
        }
        Path log = stack.layout().logFile(part);
        if (!Files.isRegularFile(log)) {
            console.problem("%s has no log yet (%s): it has not been started.", part, stack.layout().show(log));
            return 1;
        }
        LogTail.lastLines(log, LINES).forEach(console::line);
        console.line("-- last %d lines of %s; follow it with: tail -f %s", LINES, stack.layout().show(log),
            stack.layout().show(log));
        return 0;
    }

    private void list() {
        console.line("Logs (./lumenbridge logs <part> prints the end of one):");
        for (String part : LocalStack.ALL_PARTS) {
            Path log = stack.layout().logFile(part);
            console.line("  %-16s %s", part, describe(log));
        }
    }

    private String describe(Path log) {
        if (!Files.isRegularFile(log)) {
            return "(none yet)";
        }
        try {
            return String.format("%-44s %8d KB, last written %s", stack.layout().show(log),
                (Files.size(log) + 1023) / 1024, WHEN.format(Files.getLastModifiedTime(log).toInstant()));
        } catch (IOException e) {
            return stack.layout().show(log);
        }
    }
}
