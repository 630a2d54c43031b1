package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar launcher.jar <command>} as a user would, against a state directory of the
 * test's own, with none of the developer's stack variables leaking in. Needs every module packaged
 * first (the launcher is last in the reactor) and the stack's ports free.
 */
final class LauncherRun {

    static final Path REPO = Path.of(System.getProperty(StackLayout.REPO_PROPERTY, "../..")).toAbsolutePath().normalize();
    static final Duration UP_LIMIT = UpCommand.DEFAULT_TIMEOUT;
    /** Longer than any command should take (chaos restarts a service on the way), short of hanging CI. */
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);
    private static final Path LAUNCHER = REPO.resolve("deploy/launcher/target/launcher.jar");

    record Result(int exitCode, String output, Duration took) {
    }

    private LauncherRun() {
    }

    static Result run(Path home, String... command) throws IOException, InterruptedException {
        return run(home, Map.of(), command);
    }

    /** {@code extraEnv} reaches the launcher and, through it, every process it starts. */
    static Result run(Path home, Map<String, String> extraEnv, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("launcher-" + command[0], ".out");
        List<String> arguments = new ArrayList<>(List.of(ProcessStarter.javaExecutable(),
            "-D" + StackLayout.REPO_PROPERTY + "=" + REPO, "-jar", LAUNCHER.toString()));
        arguments.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        List.of(Infrastructure.KAFKA_VARIABLE, Infrastructure.MONGO_VARIABLE, OperatorKey.VARIABLE,
            ServiceSpec.SELECTION_VARIABLE, UpCommand.TIMEOUT_VARIABLE).forEach(env::remove);
        env.put(StackLayout.HOME_VARIABLE, home.toString());
        env.putAll(extraEnv);
        long began = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        if (!exited) {
            process.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertThat(exited).as("launcher %s returned within its own deadline:%n%s", String.join(" ", command), text).isTrue();
        return new Result(process.exitValue(), text, took);
    }
}
