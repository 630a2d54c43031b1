package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void findsTheFirstExecutableOnThePath() throws Exception {
        Files.createFile(first.resolve("tool"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path executable = Files.createFile(second.resolve("tool"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(Executables.find("tool", Map.of("PATH", first + ":" + second))).contains(executable);
    }

    @Test
    void findsNothingForAProgramThatIsNotThere() {
        assertThat(Executables.find("no-such-program-here", Map.of("PATH", first.toString()))).isEmpty();
    }
}
