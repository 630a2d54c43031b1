package com.lumenbridge.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the outside programs a benchmark drives, such as nginx and wrk. */
final class Executables {

    /** Debian installs nginx into /usr/sbin, which a normal user's PATH leaves out. */
    private static final List<String> SYSTEM_DIRECTORIES = List.of("/usr/sbin", "/sbin");

    private Executables() {
    }

    /** {@code name} on the PATH of {@code env}, else in the system directories; empty when absent. */
    static Optional<Path> find(String name, Map<String, String> env) {
        List<String> directories = new ArrayList<>(List.of(env.getOrDefault("PATH", "").split(File.pathSeparator)));
        directories.addAll(SYSTEM_DIRECTORIES);
        return directories.stream()
            .filter(directory -> !directory.isBlank())
            .map(directory -> Path.of(directory, name))
            .filter(Files::isExecutable)
            .findFirst();
    }
}
