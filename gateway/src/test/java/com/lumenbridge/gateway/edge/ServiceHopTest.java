package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.NettyOutbound;
import reactor.netty.http.server.HttpServer;

/**
 * Against real services, a Reactor Netty server and, for what a well-behaved server never does, a
 * scripted socket: what the fast path's hop to a service guarantees.
 */
class ServiceHopTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MultiThreadIoEventLoopGroup gatewayLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ServiceHop hop = new ServiceHop(Duration.ofSeconds(2), meters);
    /** The remote ports the service saw requests from, in order. */
    private final List<Integer> callers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean bigAnswerWritten = new AtomicBoolean();
    private DisposableServer service;
    private ScriptedService scripted;

    @AfterEach
    void stop() throws IOException {
        if (service != null) {
            service.disposeNow();
        }
        if (scripted != null) {
            scripted.close();
        }
        gatewayLoops.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    private URI startService() {
        service = HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> {
                callers.add(((InetSocketAddress) request.remoteAddress()).getPort());
                String path = request.uri();
                if (path.startsWith("/bytes/")) {
                    int length = Integer.parseInt(path.substring("/bytes/".length()));
                    return response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(length))
                        .send(Mono.just(Unpooled.wrappedBuffer(filled(length))));
                }
                if (path.equals("/chunked")) {
                    return response.send(Flux.range(0, 10).map(i -> Unpooled.wrappedBuffer(filled(10_000))));
                }
                if (path.equals("/big")) {
                    // 32 MiB in 64 KiB writes, far more than the sockets' buffers hold
                    NettyOutbound sent = response.send(Flux.range(0, 512).map(i -> Unpooled.wrappedBuffer(filled(65_536))));
                    return Mono.from(sent).doOnSuccess(done -> bigAnswerWritten.set(true));
                }
                if (path.equals("/close")) {
                    return response.keepAlive(false).sendString(Mono.just("bye"));
                }
                if (path.equals("/echo")) {
                    return response.send(request.receive().retain());
                }
                return response.sendString(Mono.just("ok"));
            })
            .bindNow();
        return URI.create("http://127.0.0.1:" + service.port());
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private Mono<ServiceHop.Answer> get(EventLoop loop, URI uri, String path, Duration responseTimeout) {
        return hop.exchange(loop, NioSocketChannel.class, "route", uri, HttpMethod.GET, path, headers(uri), null,
            responseTimeout);
    }

    private static HttpHeaders headers(URI uri) {
        return new DefaultHttpHeaders().set(HttpHeaderNames.HOST, uri.getRawAuthority());
    }

    /** The body of an answer, whole or streamed, as text; its buffers released. */
    private static String body(ServiceHop.Answer answer) {
        if (answer.whole() != null) {
            try {
                return answer.whole().toString(StandardCharsets.UTF_8);
            } finally {
                answer.whole().release();
            }
        }
        StringBuilder text = new StringBuilder();
        answer.streamed().doOnNext(chunk -> {
            text.append(chunk.toString(StandardCharsets.UTF_8));
            chunk.release();
        }).blockLast(TIMEOUT);
        return text.toString();
    }

    @Test
    void callsReuseAConnectionOfTheirOwnLoop() {
        URI uri = startService();
        EventLoop one = gatewayLoops.next();
        EventLoop other = gatewayLoops.next();
        assertThat(one).isNotSameAs(other);

        for (int round = 0; round < 5; round++) {
            for (EventLoop loop : List.of(one, other)) {
                assertThat(body(get(loop, uri, "/", TIMEOUT).block(TIMEOUT))).isEqualTo("ok");
            }
        }

        assertThat(callers).hasSize(10);
        assertThat(callers.stream().distinct()).as("one connection per loop, kept").hasSize(2);
        for (int call = 2; call < 10; call++) {
            assertThat(callers.get(call)).as("call %d ran on its loop's connection", call).isEqualTo(callers.get(call % 2));
        }
        assertThat(hop.idle("route")).isEqualTo(2);
        assertThat(meters.get("lumenbridge.gateway.hop.connections.opened").tag("route", "route").counter().count())
            .isEqualTo(2);
        assertThat(meters.get("lumenbridge.gateway.hop.connections.idle").tag("route", "route").gauge().value())
            .isEqualTo(2);
    }

    @Test
    void passesShortAnswersWholeAndLongOrUnmeasuredOnesStreamed() {
        URI uri = startService();
        EventLoop loop = gatewayLoops.next();

        ServiceHop.Answer small = get(loop, uri, "/bytes/" + ServiceHop.WHOLE_ANSWER_BYTES, TIMEOUT).block(TIMEOUT);
        assertThat(small.whole()).isNotNull();
        assertThat(body(small)).hasSize(ServiceHop.WHOLE_ANSWER_BYTES);
        ServiceHop.Answer empty = get(loop, uri, "/bytes/0", TIMEOUT).block(TIMEOUT);
        assertThat(empty.whole()).isNotNull();
        assertThat(body(empty)).isEmpty();
        ServiceHop.Answer large = get(loop, uri, "/bytes/" + (ServiceHop.WHOLE_ANSWER_BYTES + 1), TIMEOUT).block(TIMEOUT);
        assertThat(large.streamed()).isNotNull();
        assertThat(body(large)).hasSize(ServiceHop.WHOLE_ANSWER_BYTES + 1);
        ServiceHop.Answer chunked = get(loop, uri, "/chunked", TIMEOUT).block(TIMEOUT);
        assertThat(chunked.streamed()).isNotNull();
        assertThat(chunked.head().headers().get(HttpHeaderNames.TRANSFER_ENCODING)).isEqualTo("chunked");
        assertThat(body(chunked)).hasSize(100_000);

        assertThat(callers.stream().distinct()).as("every exchange left its connection reusable: %s", callers).hasSize(1);
    }

    @Test
    void sendsARequestsBody() {
        URI uri = startService();
        String order = "{\"sku\":\"LED-1\",\"quantity\":2}";
        HttpHeaders headers = headers(uri).set(HttpHeaderNames.CONTENT_LENGTH, order.length());
        Flux<ByteBuf> body = Flux.just(order.substring(0, 10), order.substring(10))
            .map(part -> Unpooled.copiedBuffer(part, StandardCharsets.UTF_8));

        ServiceHop.Answer answer = hop.exchange(gatewayLoops.next(), NioSocketChannel.class, "route", uri,
            HttpMethod.POST, "/echo", headers, body, TIMEOUT).block(TIMEOUT);

        assertThat(answer.head().status().code()).isEqualTo(200);
        assertThat(body(answer)).isEqualTo(order);
    }

    @Test
    void readsAStreamedAnswerOnlyAsFastAsItIsTaken() {
        URI uri = startService();
        ServiceHop.Answer answer = get(gatewayLoops.next(), uri, "/big", TIMEOUT).block(TIMEOUT);
        AtomicLong received = new AtomicLong();
        AtomicReference<Subscription> taking = new AtomicReference<>();
        AtomicBoolean complete = new AtomicBoolean();
        answer.streamed().subscribe(new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                taking.set(subscription);
                subscription.request(1);
            }

            @Override
            protected void hookOnNext(ByteBuf chunk) {
                received.addAndGet(chunk.readableBytes());
                chunk.release();
            }

            @Override
            protected void hookOnComplete() {
                complete.set(true);
            }
        });

        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
            .until(() -> !bigAnswerWritten.get() && !complete.get());
        assertThat(received.get()).as("one chunk taken").isPositive().isLessThan(1 << 20);

        taking.get().request(Long.MAX_VALUE);
        Awaitility.await().atMost(TIMEOUT).untilTrue(complete);
        assertThat(received.get()).isEqualTo(512L * 65_536);
        assertThat(bigAnswerWritten).isTrue();
    }

    @Test
    void closesAConnectionTheServiceAsksToClose() {
        URI uri = startService();
        EventLoop loop = gatewayLoops.next();

        assertThat(body(get(loop, uri, "/close", TIMEOUT).block(TIMEOUT))).isEqualTo("bye");
        assertThat(hop.idle("route")).isZero();
        assertThat(body(get(loop, uri, "/", TIMEOUT).block(TIMEOUT))).isEqualTo("ok");

        assertThat(callers).hasSize(2);
        assertThat(callers.get(1)).as("a new connection").isNotEqualTo(callers.get(0));
    }

    @Test
    void resendsOnceAnIdempotentRequestWithoutBodyWhosePooledConnectionTheServiceClosed() throws IOException {
        // each connection answers one request and keeps itself open, then closes on the next one unanswered
        scripted = new ScriptedService((socket, request) -> request == 0);
        URI uri = scripted.uri();
        EventLoop loop = gatewayLoops.next();

        assertThat(body(get(loop, uri, "/one", TIMEOUT).block(TIMEOUT))).isEqualTo("ok");
        assertThat(body(get(loop, uri, "/two", TIMEOUT).block(TIMEOUT))).isEqualTo("ok");
        assertThat(scripted.connections.get()).isEqualTo(2);
        assertThat(meters.get("lumenbridge.gateway.hop.resends").counter().count()).isEqualTo(1);

        Mono<ServiceHop.Answer> bodilessPost = hop.exchange(loop, NioSocketChannel.class, "route", uri, HttpMethod.POST,
            "/orders/1/cancel", headers(uri), null, TIMEOUT);
        assertThatThrownBy(() -> bodilessPost.block(TIMEOUT)).as("a POST is not sent twice, even without a body")
            .hasRootCauseInstanceOf(IOException.class);
        assertThat(body(get(loop, uri, "/four", TIMEOUT).block(TIMEOUT))).isEqualTo("ok");
        assertThat(scripted.connections.get()).isEqualTo(3);

        HttpHeaders withBody = headers(uri).set(HttpHeaderNames.CONTENT_LENGTH, 2);
        Mono<ServiceHop.Answer> post = hop.exchange(loop, NioSocketChannel.class, "route", uri, HttpMethod.POST,
            "/three", withBody, Flux.just(Unpooled.copiedBuffer("{}", StandardCharsets.UTF_8)), TIMEOUT);
        assertThatThrownBy(() -> post.block(TIMEOUT)).as("a request with a body is not sent twice")
            .hasRootCauseInstanceOf(IOException.class);
        assertThat(scripted.connections.get()).isEqualTo(3);
    }

    @Test
    void failsWhenTheServiceIsSilentPastTheTimeout() throws IOException {
        scripted = new ScriptedService((socket, request) -> null);

        long start = System.nanoTime();
        assertThatThrownBy(() -> get(gatewayLoops.next(), scripted.uri(), "/", Duration.ofMillis(300)).block(TIMEOUT))
            .hasCauseInstanceOf(TimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
        Awaitility.await("the silent connection is closed").atMost(TIMEOUT).until(() -> scripted.closedByPeer.get() == 1);
        assertThat(hop.idle("route")).isZero();
    }

    @Test
    void failsAnAnswerThatBreaksOff() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        scripted = new ScriptedService((socket, request) -> {
            int declared = calls.getAndIncrement() == 0 ? 1_000 : 200_000;
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: " + declared + "\r\n\r\n" + "x".repeat(500))
                .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.close();
            return null;
        });
        URI uri = scripted.uri();
        EventLoop loop = gatewayLoops.next();

        assertThatThrownBy(() -> get(loop, uri, "/short", TIMEOUT).block(TIMEOUT)).as("a short answer fails whole")
            .hasCauseInstanceOf(IOException.class);
        ServiceHop.Answer streamed = get(loop, uri, "/long", TIMEOUT).block(TIMEOUT);
        assertThat(streamed.head().status().code()).isEqualTo(200);
        assertThatThrownBy(() -> body(streamed)).as("a streamed answer fails in its body")
            .hasCauseInstanceOf(IOException.class);
        assertThat(hop.idle("route")).isZero();
    }

    @Test
    void closesTheConnectionOfACallItsClientLeft() throws IOException {
        scripted = new ScriptedService((socket, request) -> null);

        reactor.core.Disposable call = get(gatewayLoops.next(), scripted.uri(), "/", TIMEOUT).subscribe();
        Awaitility.await().atMost(TIMEOUT).until(() -> scripted.requests.get() == 1);
        call.dispose();

        Awaitility.await("the connection is closed, not pooled").atMost(TIMEOUT).until(() -> scripted.closedByPeer.get() == 1);
        assertThat(hop.idle("route")).isZero();
    }

    @Test
    void callsOnlyServicesOverPlainHttp() {
        assertThat(ServiceHop.reaches(URI.create("http://catalog-service:8081"))).isTrue();
        assertThat(ServiceHop.reaches(URI.create("HTTP://localhost"))).isTrue();
        assertThat(ServiceHop.reaches(URI.create("https://catalog.example.com"))).as("TLS: the full chain's client").isFalse();
        assertThat(ServiceHop.reaches(URI.create("lb://catalog-service"))).as("load-balanced: the full chain's").isFalse();
    }

    @Test
    void failsWhenTheServiceCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> get(gatewayLoops.next(), URI.create("http://127.0.0.1:" + closedPort), "/", TIMEOUT)
            .block(TIMEOUT)).hasRootCauseInstanceOf(ConnectException.class);
        assertThat(meters.get("lumenbridge.gateway.hop.connects.failed").counter().count()).isEqualTo(1);
        assertThat(meters.get("lumenbridge.gateway.hop.connections.opened").counter().count()).isZero();
    }

    /** What a scripted connection does with its request number {@code request}: {@code true} to answer "ok" and keep the connection, {@code false} to close it unanswered, {@code null} to leave it to the script. */
    @FunctionalInterface
    private interface Script {
        Boolean handle(Socket socket, int request) throws IOException;
    }

    /** A service on a plain socket, a thread per connection, doing what its script says. */
    private static final class ScriptedService implements AutoCloseable {

        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger closedByPeer = new AtomicInteger();
        private final ServerSocket server;

        ScriptedService(Script script) throws IOException {
            server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            daemon(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.incrementAndGet();
                        daemon(() -> serve(socket, script));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        private static void daemon(Runnable task) {
            Thread thread = new Thread(task, "scripted-service");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(Socket socket, Script script) {
            try (socket) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                for (int request = 0; ; request++) {
                    String line = in.readLine();
                    if (line == null) {
                        closedByPeer.incrementAndGet();
                        return;
                    }
                    int length = 0;
                    for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                        if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).trim());
                        }
                    }
                    in.skip(length);
                    requests.incrementAndGet();
                    Boolean answer = script.handle(socket, request);
                    if (answer == null) {
                        if (!socket.isClosed() && in.read() < 0) {
                            closedByPeer.incrementAndGet();
                        }
                        return;
                    }
                    if (!answer) {
                        return;
                    }
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException gone) {
                // the peer reset the connection
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
