package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FixedRateLoadTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger served = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void percentilesAreLatenciesSomeRequestReallyHad() {
        List<Long> millis = new ArrayList<>(LongStream.rangeClosed(1, 100).boxed().toList());
        Collections.shuffle(millis);
        long[] nanos = millis.stream().mapToLong(TimeUnit.MILLISECONDS::toNanos).toArray();

        LoadResult result = LoadResult.of(nanos, 100, 3, 2.0);

        assertThat(result).isEqualTo(new LoadResult(100, 3, 2.0, 50.0, 99.0, 100.0));
        assertThat(result.throughput()).isEqualTo(50.0);
    }

    @Test
    void pooledRunsAreOneRunOfAllTheirAnsweredCalls() {
        long ms = TimeUnit.MILLISECONDS.toNanos(1);
        Latencies first = new Latencies(new long[] {9 * ms, 1 * ms, 0}, 2, 1, 1.5);
        Latencies second = new Latencies(new long[] {4 * ms, 2 * ms, 3 * ms}, 3, 0, 2.0);

        Latencies pooled = Latencies.pooled(List.of(first, second));

        assertThat(pooled.count()).isEqualTo(5);
        assertThat(pooled.result()).isEqualTo(new LoadResult(5, 1, 3.5, 3.0, 9.0, 9.0));
        assertThat(pooled).isEqualTo(new Latencies(new long[] {9 * ms, 1 * ms, 4 * ms, 2 * ms, 3 * ms, 77}, 5, 1, 3.5));
    }

    @Test
    void onlyTheAnsweredLatenciesCount() {
        long[] nanos = {TimeUnit.MILLISECONDS.toNanos(7), TimeUnit.MILLISECONDS.toNanos(3), 0, 0};

        assertThat(LoadResult.of(nanos, 2, 2, 1.0)).isEqualTo(new LoadResult(2, 2, 1.0, 3.0, 7.0, 7.0));
        assertThat(LoadResult.of(new long[0], 0, 5, 1.0)).isEqualTo(new LoadResult(0, 5, 1.0, 0, 0, 0));
    }

    /**
     * One answer takes a second and the single sender cannot send meanwhile. Timed from sending, only
     * that call would look slow, and the p99 (the 198th of 200) would stay small; timed from when each
     * call fell due, the 50 calls due during the stall carry their wait too.
     */
    @Test
    void aStallShowsInEveryCallDueWhileItLasted() throws Exception {
        startServer(call -> call == 100 ? 1_000 : 0, call -> 200);
        warmUpClient();

        LoadResult result = new FixedRateLoad(1, Duration.ofSeconds(10)).run(50, 4, due -> get() == 200);

        assertThat(result.requests()).isEqualTo(200);
        assertThat(result.errors()).isZero();
        assertThat(result.max()).isGreaterThanOrEqualTo(1_000);
        assertThat(result.p99()).isGreaterThanOrEqualTo(600);
        assertThat(result.p50()).isLessThan(500);
    }

    @Test
    void failedCallsAndCallsNotAnsweredInTimeAreErrors() throws Exception {
        startServer(call -> call == 100 ? 1_500 : 0, call -> call % 10 == 0 ? 503 : 200);

        LoadResult result = new FixedRateLoad(4, Duration.ofMillis(500)).run(50, 2, due -> get() == 200);

        // calls 10, 20 ... 90 answer 503; call 100 answers after the grace is over
        assertThat(result.errors()).isEqualTo(10);
        assertThat(result.requests()).isEqualTo(90);
    }

    @Test
    void eachCallLearnsWhenItFellDue() throws Exception {
        List<Long> due = Collections.synchronizedList(new ArrayList<>());

        new FixedRateLoad(2, Duration.ofSeconds(5)).run(20, 1, dueNanos -> due.add(dueNanos));

        List<Long> sorted = due.stream().sorted().toList();
        assertThat(sorted).hasSize(20);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** A cold HTTP client takes far longer per call than the 20 ms the stall test leaves it. */
    private void warmUpClient() {
        for (int call = 0; call < 200; call++) {
            get();
        }
        served.set(0);
    }

    private int get() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
                .timeout(Duration.ofSeconds(10)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** One thread serves every request in turn, numbered from 1: {@code pauseMillis} before answering {@code status}. */
    private void startServer(java.util.function.IntUnaryOperator pauseMillis, java.util.function.IntUnaryOperator status)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> {
            int call = served.incrementAndGet();
            try {
                TimeUnit.MILLISECONDS.sleep(pauseMillis.applyAsInt(call));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status.applyAsInt(call), -1);
            exchange.close();
        });
        server.start();
    }
}
