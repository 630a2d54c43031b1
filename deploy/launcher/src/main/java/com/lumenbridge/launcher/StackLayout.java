package com.lumenbridge.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where things are: the repository (the service jars) and the state directory, {@code .lumenbridge/}
 * by default, which holds data, logs, PIDs and keys and survives {@code down}.
 */
record StackLayout(Path repo, Path home) {

    /** Moves the state directory, e.g. for a test that must not touch a developer's stack. */
    static final String HOME_VARIABLE = "LUMENBRIDGE_HOME";
    static final String HOME_PROPERTY = "lumenbridge.home";
    /** Set by the {@code lumenbridge} script; otherwise found from where the launcher jar lies. */
    static final String REPO_PROPERTY = "lumenbridge.repo";

    StackLayout {
        repo = repo.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    static StackLayout resolve(Map<String, String> env, Properties system) {
        Path repo = Optional.ofNullable(system.getProperty(REPO_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of)
            .or(StackLayout::repoAroundLauncherJar)
            .orElseGet(() -> Path.of(""));
        Path home = Optional.ofNullable(env.get(HOME_VARIABLE))
            .or(() -> Optional.ofNullable(system.getProperty(HOME_PROPERTY)))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElseGet(() -> repo.resolve(".lumenbridge"));
        return new StackLayout(repo, home);
    }

    /** deploy/launcher/target/launcher.jar lies three folders below the repository root. */
    private static Optional<Path> repoAroundLauncherJar() {
        try {
            Path source = Path.of(StackLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = source.getParent() == null ? null : source.getParent().resolve("../../..").normalize();
            if (candidate != null && Files.isRegularFile(candidate.resolve("lumenbridge"))) {
                return Optional.of(candidate);
            }
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    Path runDir() {
        return home.resolve("run");
    }

    Path logsDir() {
        return home.resolve("logs");
    }

    Path kafkaDir() {
        return home.resolve("kafka");
    }

    Path mongoDir() {
        return home.resolve("mongo");
    }

    /** Working files of a benchmark run: the nginx it starts, wrk's scripts. */
    Path benchDir() {
        return home.resolve("bench");
    }

    Path logFile(String part) {
        return logsDir().resolve(part + ".log");
    }

    Path jar(ServiceSpec service) {
        return repo.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }

    /** A path as the user would type it from the repository root, when it lies inside it. */
    String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(repo) ? repo.relativize(absolute).toString() : absolute.toString();
    }
}
