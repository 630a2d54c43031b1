package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFilesTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aRecordedProcessThatCarriesOurTagIsRunning() throws IOException {
        ProcessTag tag = new ProcessTag(home);
        PidFiles pids = new PidFiles(home.resolve("run"), tag, CommandLines.system());
        Process kafka = startTagged(tag, "kafka");
        pids.write("kafka", kafka.pid());

        assertThat(pids.inspect("kafka")).contains(new PidFiles.Recorded("kafka", kafka.pid(), PidFiles.State.RUNNING));
        assertThat(pids.inspect("kafka").flatMap(PidFiles.Recorded::handle)).map(ProcessHandle::pid).contains(kafka.pid());
    }

    @Test
    void aRecordedPidThatNowBelongsToAnotherProgramIsNotOurs() {
        PidFiles pids = new PidFiles(home.resolve("run"), new ProcessTag(home), CommandLines.system());
        long someoneElse = ProcessHandle.current().pid();
        pids.write("mongo", someoneElse);

        Optional<PidFiles.Recorded> recorded = pids.inspect("mongo");

        assertThat(recorded).contains(new PidFiles.Recorded("mongo", someoneElse, PidFiles.State.NOT_OURS));
        assertThat(recorded.flatMap(PidFiles.Recorded::handle)).isEmpty();
    }

    @Test
    void aProcessOfTheSamePartInAnotherStackIsNotOurs() throws IOException {
        Process otherStacksKafka = startTagged(new ProcessTag(home.resolve("other")), "kafka");
        PidFiles pids = new PidFiles(home.resolve("run"), new ProcessTag(home), CommandLines.system());
        pids.write("kafka", otherStacksKafka.pid());

        assertThat(pids.inspect("kafka")).map(PidFiles.Recorded::state).contains(PidFiles.State.NOT_OURS);
    }

    @Test
    void aRecordedProcessThatExitedIsGone() throws Exception {
        PidFiles pids = new PidFiles(home.resolve("run"), new ProcessTag(home), CommandLines.system());
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        pids.write("gateway", exited.pid());

        assertThat(pids.inspect("gateway")).contains(new PidFiles.Recorded("gateway", exited.pid(), PidFiles.State.GONE));
    }

    @Test
    void withoutAPidFileThereIsNothingToInspect() throws IOException {
        PidFiles pids = new PidFiles(home.resolve("run"), new ProcessTag(home), CommandLines.system());
        Files.createDirectories(home.resolve("run"));
        Files.writeString(pids.file("crm-service"), "not a pid");

        assertThat(pids.inspect("order-service")).isEmpty();
        assertThat(pids.inspect("crm-service")).map(PidFiles.Recorded::state).contains(PidFiles.State.GONE);
    }

    @Test
    void findsTaggedProcessesOfThisStackEvenWithoutPidFiles() throws IOException {
        ProcessTag tag = new ProcessTag(home);
        Process mongo = startTagged(tag, "mongo");
        Process otherStack = startTagged(new ProcessTag(home.resolve("other")), "mongo");
        PidFiles pids = new PidFiles(home.resolve("run"), tag, CommandLines.system());

        assertThat(pids.taggedProcesses()).containsOnlyKeys("mongo");
        assertThat(pids.taggedProcesses().get("mongo").pid()).isEqualTo(mongo.pid()).isNotEqualTo(otherStack.pid());
    }

    @Test
    void deletingAPidFileForgetsThePart() throws IOException {
        PidFiles pids = new PidFiles(home.resolve("run"), new ProcessTag(home), CommandLines.system());
        pids.write("store-service", 42);

        pids.delete("store-service");

        assertThat(pids.inspect("store-service")).isEmpty();
    }

    /** A long-lived process whose command line carries the tag, as the launcher's JVMs do. */
    private Process startTagged(ProcessTag tag, String part) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "sleep 60; true"));
        command.addAll(tag.jvmOptions(part)); // becomes $0 and $1 of the script: shown in /proc/<pid>/cmdline
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }
}
