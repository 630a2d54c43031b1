package com.lumenbridge.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a part as a JVM in the background, detached into its own session ({@code setsid}) so that
 * neither the launcher's exit nor a Ctrl-C or hang-up of its terminal reaches it. Output goes to
 * {@code logs/<part>.log}; the PID goes to {@code run/<part>.pid}.
 */
final class ProcessStarter {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final StackLayout layout;
    private final ProcessTag tag;
    private final PidFiles pids;

    ProcessStarter(StackLayout layout, ProcessTag tag, PidFiles pids) {
        this.layout = layout;
        this.tag = tag;
        this.pids = pids;
    }

    /** Keeps the previous run's log as {@code <part>.log.1}, so a new run starts with an empty log. */
    void rotateLog(String part) {
        Path log = layout.logFile(part);
        try {
            Files.createDirectories(layout.logsDir());
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rotate " + log, e);
        }
    }

    /** Starts a long-running part and records its PID. */
    Process startDetached(String part, List<String> jvmArguments, Map<String, String> environment) {
        Process process = start(part, jvmArguments, environment, true);
        pids.write(part, process.pid());
        return process;
    }

    /** Starts a short-lived helper (e.g. Kafka's storage format) whose output joins the part's log. */
    Process startHelper(String part, List<String> jvmArguments) {
        return start(part, jvmArguments, Map.of(), false);
    }

    private Process start(String part, List<String> jvmArguments, Map<String, String> environment, boolean detached) {
        List<String> command = new ArrayList<>();
        if (detached && Files.isExecutable(SETSID)) {
            // setsid execs in place (the child of a JVM is no group leader), so the PID stays the JVM's.
            command.add(SETSID.toString());
        }
        command.add(javaExecutable());
        command.addAll(tag.jvmOptions(part));
        command.addAll(jvmArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
            .directory(layout.repo().toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logFile(part).toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(layout.logsDir());
            return builder.start();
        } catch (IOException e) {
            throw new LauncherException("Cannot start " + part + ": " + e.getMessage(), e);
        }
    }

    /** The same Java that runs the launcher, so every part runs on one JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's own classpath — its jar and {@code lib/} — for the Kafka and Mongo JVMs. */
    static String launcherClasspath() {
        try {
            Path source = Path.of(ProcessStarter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(source)) {
                return source + File.pathSeparator + source.resolveSibling("lib") + File.separator + "*";
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The launcher cannot tell where its classes are", e);
        }
        return System.getProperty("java.class.path");
    }
}
