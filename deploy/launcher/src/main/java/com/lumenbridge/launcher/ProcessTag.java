package com.lumenbridge.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Marks every process the launcher starts with two JVM options naming the state directory and the
 * part. A PID is only signalled when its command line still carries both, so a PID that the system
 * has since given to another program — or a process of another stack — is never touched.
 */
record ProcessTag(Path home) {

    static final String HOME_OPTION = "-Dlumenbridge-launcher.home=";
    static final String PART_OPTION = "-Dlumenbridge-launcher.part=";

    List<String> jvmOptions(String part) {
        return List.of(HOME_OPTION + home, PART_OPTION + part);
    }

    boolean marks(List<String> commandLine, String part) {
        return partOf(commandLine).filter(part::equals).isPresent();
    }

    /** The state directory of whichever LumenBridge stack started this command line, if any did. */
    static Optional<String> homeOf(List<String> commandLine) {
        return commandLine.stream().filter(arg -> arg.startsWith(HOME_OPTION))
            .map(arg -> arg.substring(HOME_OPTION.length())).findFirst();
    }

    /** The part a command line belongs to, if it is one of this stack's processes. */
    Optional<String> partOf(List<String> commandLine) {
        if (!commandLine.contains(HOME_OPTION + home)) {
            return Optional.empty();
        }
        return commandLine.stream().filter(arg -> arg.startsWith(PART_OPTION))
            .map(arg -> arg.substring(PART_OPTION.length())).findFirst();
    }
}
