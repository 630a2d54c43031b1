package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private final Readiness readiness = new Readiness(Duration.ofMillis(50));
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void isDoneWhenEveryPartAnswersAndSaysWhenEachDid() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        List<String> ready = new ArrayList<>();

        Readiness.Outcome outcome = readiness.await(List.of(
                new Readiness.Awaited("mongo", Optional.of(start("sleep 30")), () -> true),
                new Readiness.Awaited("kafka", Optional.empty(), () -> polls.incrementAndGet() >= 3)),
            Deadline.after(Duration.ofSeconds(10)), ready::add);

        assertThat(outcome).isEqualTo(new Readiness.AllReady());
        assertThat(ready).containsExactly("mongo", "kafka");
        assertThat(polls).hasValue(3);
    }

    @Test
    void stopsWaitingAtOnceWhenAnAwaitedProcessDies() throws Exception {
        long began = System.nanoTime();

        Readiness.Outcome outcome = new Readiness(Duration.ofSeconds(30)).await(List.of(
                new Readiness.Awaited("gateway", Optional.of(start("sleep 0.3; exit 3")), () -> false)),
            Deadline.after(Duration.ofSeconds(60)), part -> { });

        assertThat(outcome).isEqualTo(new Readiness.Died("gateway", 3));
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void namesThePartsThatWereNotReadyByTheDeadline() throws Exception {
        Readiness.Outcome outcome = readiness.await(List.of(
                new Readiness.Awaited("mongo", Optional.empty(), () -> true),
                new Readiness.Awaited("catalog-service", Optional.of(start("sleep 30")), () -> false)),
            Deadline.after(Duration.ofMillis(300)), part -> { });

        assertThat(outcome).isEqualTo(new Readiness.TimedOut(List.of("catalog-service")));
    }

    private Process start(String script) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", script).start();
        started.add(process);
        return process;
    }
}
