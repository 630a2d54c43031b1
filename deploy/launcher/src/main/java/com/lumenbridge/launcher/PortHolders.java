package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which process listens on a port, read from Linux's {@code /proc/net/tcp{,6}} (socket inodes in
 * LISTEN state) and {@code /proc/<pid>/fd} (which process holds that inode). Elsewhere, or for
 * another user's process, it cannot tell and says nothing.
 */
final class PortHolders {

    /** A listening process: its PID and command line. */
    record Holder(long pid, List<String> commandLine) {

        /** The PID and the command line, shortened to what a person needs to recognise the program. */
        String describe() {
            String line = String.join(" ", commandLine);
            return "pid " + pid + " (" + (line.length() > 120 ? line.substring(0, 117) + "..." : line) + ")";
        }
    }

    private static final String LISTEN = "0A";

    private final Path proc;
    private final CommandLines commandLines;

    PortHolders(Path proc, CommandLines commandLines) {
        this.proc = proc;
        this.commandLines = commandLines;
    }

    static PortHolders system() {
        return new PortHolders(Path.of("/proc"), CommandLines.system());
    }

    Optional<Holder> holderOf(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try {
                inodes.addAll(listeningInodes(Files.readString(proc.resolve(table)), port));
            } catch (IOException e) {
                // no such table here (not Linux, or no IPv6): the other may still tell
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> processes = Files.list(proc)) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                .filter(p -> holdsAny(p, inodes))
                .findFirst()
                .map(p -> Long.parseLong(p.getFileName().toString()))
                .map(pid -> new Holder(pid, commandLines.of(pid).orElse(List.of("?"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Inodes of the sockets listening on {@code port} in one {@code /proc/net/tcp} table. A row is
     * {@code sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...}, with the
     * local address as {@code HEXIP:HEXPORT}.
     */
    static Set<String> listeningInodes(String table, int port) {
        Set<String> inodes = new HashSet<>();
        table.lines().skip(1).map(String::trim).map(row -> row.split("\\s+")).filter(cells -> cells.length > 9)
            .forEach(cells -> {
                String local = cells[1];
                int colon = local.lastIndexOf(':');
                if (colon > 0 && LISTEN.equals(cells[3])
                        && Integer.parseInt(local.substring(colon + 1), 16) == port) {
                    inodes.add(cells[9]);
                }
            });
        return inodes;
    }

    private static boolean holdsAny(Path processDir, Set<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(processDir.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                        return true;
                    }
                } catch (IOException e) {
                    // the descriptor closed while we looked
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }
}
