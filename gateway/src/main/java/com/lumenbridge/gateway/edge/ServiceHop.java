package com.lumenbridge.gateway.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The fast path's calls to services, on plain Netty channels: for each route and each event loop,
 * a pool of keep-alive connections that live on that loop, so a call and its answer run on the
 * loop its request came in on, without a thread handoff and without a connection pool's locks, as
 * an nginx worker serves both sides of a call. All of a pool's and a call's state is touched on
 * that loop only.
 *
 * <p>It replaces Reactor Netty's {@code HttpClient} on this path, which spent a third of the
 * gateway's CPU per call in connecting a request to a pooled connection and giving it back
 * (async-profiler, README, gateway benchmark). What a call guarantees is kept:
 * <ul>
 * <li>a connect timeout, and a response timeout that counts from the request and restarts with every
 *     read of the answer, as Reactor Netty's {@code responseTimeout} does;
 * <li>an answer of declared length up to {@link #WHOLE_ANSWER_BYTES} comes whole, or as a failure when
 *     it breaks off; a longer one, or one of unknown length, is streamed as it arrives, reading from
 *     the service only as fast as the client takes it;
 * <li>a connection goes back to its pool only after a whole exchange, and when neither side asked to
 *     close it; a call cancelled half way closes its connection;
 * <li>an idempotent request (RFC 9110, 9.2.2) without a body, whose pooled connection turns out to
 *     have been closed by the service before any answer came, is sent once more on a new connection;
 *     any other request is not, since the service may have acted on it.
 * </ul>
 *
 * <p>A service's host name is resolved when a connection is opened, by the JDK's resolver and its
 * cache (Netty's default), on the loop; connections are kept, so that is rare. A connection left
 * idle for {@link #MAX_IDLE} is closed rather than reused, before the services' own keep-alive timeout
 * (Tomcat's 20 s) could close it under a request.
 */
final class ServiceHop {

    /** The longest answer passed on whole; at most the bulkheads' calls hold one each. */
    static final int WHOLE_ANSWER_BYTES = 64 * 1024;
    static final Duration MAX_IDLE = Duration.ofSeconds(15);
    /** Idle connections a pool keeps; a busy moment's extra connections are closed when it has passed. */
    static final int MAX_IDLE_PER_POOL = 256;

    /** The methods a client may repeat on its own (RFC 9110, 9.2.2). */
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
        HttpMethod.TRACE, HttpMethod.PUT, HttpMethod.DELETE);

    private final int connectTimeoutMillis;
    private final MeterRegistry meters;
    private final Map<PoolKey, Pool> pools = new ConcurrentHashMap<>();

    /**
     * @param meters where the hop counts, per route, the connections it opened, the connects that
     *     failed and the requests it sent again, and gauges the connections idle in its pools
     */
    ServiceHop(Duration connectTimeout, MeterRegistry meters) {
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.meters = meters;
    }

    /**
     * A service's answer: its status and headers, and its body, either {@code whole} or {@code streamed}.
     *
     * @param whole the body, when it came whole; the receiver releases it
     * @param streamed the body, when it is streamed; each buffer is the receiver's to release
     */
    record Answer(HttpResponse head, ByteBuf whole, Flux<ByteBuf> streamed) {
    }

    /**
     * Sends a request to a service and emits its answer.
     *
     * @param loop the loop the call runs on: the request's
     * @param transport the class of the request's connection: the call's connection is of the same transport (epoll, NIO)
     * @param routeId the route, which has a pool of its own on every loop
     * @param service where the service listens
     * @param method the request's method
     * @param pathAndQuery the request's target, as received
     * @param headers the headers to send, {@code Host} among them
     * @param body the request's body, {@code null} for none; a body is sent with the length {@code headers} declare
     * @param responseTimeout how long the service may stay silent, from the request on
     */
    Mono<Answer> exchange(EventLoop loop, Class<? extends Channel> transport, String routeId, URI service,
            HttpMethod method, String pathAndQuery, HttpHeaders headers, Flux<ByteBuf> body, Duration responseTimeout) {
        Pool pool = pools.computeIfAbsent(new PoolKey(routeId, loop), key -> new Pool(routeId, loop, transport, service));
        return Mono.create(sink -> {
            Call call = new Call(pool, method, pathAndQuery, headers, body, responseTimeout.toNanos(), sink);
            sink.onCancel(() -> onLoop(loop, call::cancel));
            onLoop(loop, call::start);
        });
    }

    /** Connections idle in the pools of a route, across loops; for tests and diagnosis. */
    int idle(String routeId) {
        return pools.entrySet().stream().filter(entry -> entry.getKey().routeId().equals(routeId))
            .map(Map.Entry::getValue)
            // read on the pool's own loop, like everything else about it
            .mapToInt(pool -> pool.loop.submit(pool.idle::size).syncUninterruptibly().getNow())
            .sum();
    }

    /** The gauge's reading of {@link #idle}: the count each pool last published, read from any thread. */
    private double idleLastSeen(String routeId) {
        return pools.entrySet().stream().filter(entry -> entry.getKey().routeId().equals(routeId))
            .mapToInt(entry -> entry.getValue().idleCount)
            .sum();
    }

    /**
     * Whether the hop can call a service at {@code uri}: plain HTTP to a named host. A route to
     * {@code https} or to a load-balanced {@code lb://} name stays on the full chain, whose client
     * speaks those.
     */
    static boolean reaches(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    }

    /**
     * Whether an answer is passed on whole, its status, headers and body in one write, rather than
     * streamed: when it declares a length of at most {@value #WHOLE_ANSWER_BYTES} bytes. Streamed, the
     * status and headers go out in a write of their own before the body, and each write is a system
     * call here and a read for the client; strace under the gateway benchmark counted three sends
     * per proxied call where nginx makes two (2026-11-27). A small answer is also never half
     * written: when its service breaks off, the client gets a 503 instead of a truncated body.
     */
    static boolean sentWhole(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            long length = Long.parseLong(contentLength.trim());
            return length >= 0 && length <= WHOLE_ANSWER_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void onLoop(EventLoop loop, Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    private record PoolKey(String routeId, EventLoop loop) {
    }

    /** The connections of one route on one loop. */
    private final class Pool {

        private final EventLoop loop;
        private final Bootstrap bootstrap;
        private final String host;
        private final int port;
        /** Most recently used first, so a quiet moment keeps the fewest connections warm. */
        private final ArrayDeque<Connection> idle = new ArrayDeque<>();
        /** {@code idle}'s size, published for the gauge after every change. */
        private volatile int idleCount;
        private final Counter opened;
        private final Counter connectsFailed;
        private final Counter resent;

        Pool(String routeId, EventLoop loop, Class<? extends Channel> transport, URI service) {
            this.loop = loop;
            this.opened = Counter.builder("lumenbridge.gateway.hop.connections.opened").tag("route", routeId)
                .description("Connections the fast path opened to a route's service").register(meters);
            this.connectsFailed = Counter.builder("lumenbridge.gateway.hop.connects.failed").tag("route", routeId)
                .description("Connections the fast path could not open to a route's service").register(meters);
            this.resent = Counter.builder("lumenbridge.gateway.hop.resends").tag("route", routeId)
                .description("Idempotent requests sent again because their pooled connection turned out closed")
                .register(meters);
            // one gauge per route, over its pools on every loop (registering it again returns the first)
            Gauge.builder("lumenbridge.gateway.hop.connections.idle", ServiceHop.this, hop -> hop.idleLastSeen(routeId))
                .tag("route", routeId).description("Connections idle in the fast path's pools for a route's service")
                .register(meters);
            this.host = service.getHost();
            this.port = service.getPort() > 0 ? service.getPort() : 80;
            this.bootstrap = new Bootstrap().group(loop)
                // a client channel of the inbound one's transport (epoll or NIO), which runs on the same loops
                .channel(transport)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(new HttpClientCodec(), new Connection(Pool.this, channel));
                    }
                });
        }

        /** An idle connection that is still fresh and open, or {@code null}. */
        Connection pollIdle() {
            long now = System.nanoTime();
            try {
                for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
                    if (connection.channel.isActive() && now - connection.idleSince < MAX_IDLE.toNanos()) {
                        return connection;
                    }
                    connection.channel.close();
                }
                return null;
            } finally {
                idleCount = idle.size();
            }
        }

        /** A new connection; counted as opened, or as a failed connect. */
        ChannelFuture connect() {
            return bootstrap.connect(host, port).addListener(connected -> {
                if (connected.isSuccess()) {
                    opened.increment();
                } else {
                    connectsFailed.increment();
                }
            });
        }

        void forget(Connection connection) {
            idle.remove(connection);
            idleCount = idle.size();
        }

        void release(Connection connection) {
            connection.call = null;
            if (!connection.channel.isActive() || idle.size() >= MAX_IDLE_PER_POOL) {
                connection.channel.close();
                return;
            }
            connection.idleSince = System.nanoTime();
            idle.addFirst(connection);
            idleCount = idle.size();
        }
    }

    /** One connection to a service, and the call it serves, if any. */
    private static final class Connection extends ChannelInboundHandlerAdapter {

        private final Pool pool;
        private final Channel channel;
        private Call call;
        private long idleSince;

        Connection(Pool pool, Channel channel) {
            this.pool = pool;
            this.channel = channel;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (call != null) {
                call.read((HttpObject) message);
            } else {
                // a service that speaks while no call is waiting cannot be trusted with the next one
                ReferenceCountUtil.release(message);
                context.close();
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext context) {
            if (call != null) {
                call.readComplete();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            if (call != null) {
                call.broken(null);
            } else {
                pool.forget(this);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            if (call != null) {
                call.broken(cause);
            }
            context.close();
        }
    }

    /** One request and its answer. Every method runs on the pool's loop. */
    private final class Call {

        private final Pool pool;
        private final HttpMethod method;
        private final String pathAndQuery;
        private final HttpHeaders headers;
        private final Flux<ByteBuf> body;
        private final long timeoutNanos;
        private final MonoSink<Answer> answer;

        private Connection connection;
        private boolean reused;
        private boolean retried;
        private boolean finished;
        private boolean requestSent;
        private boolean answerEmitted;
        private boolean skippingInformational;
        private long lastHeard;
        private ScheduledFuture<?> timeout;
        private Disposable bodySubscription;
        private HttpResponse head;
        /** The body being gathered, when the answer comes whole. */
        private CompositeByteBuf whole;
        private boolean streaming;
        private FluxSink<ByteBuf> streamed;
        /** What was read before the streamed body had a subscriber. */
        private ArrayDeque<Object> early;

        Call(Pool pool, HttpMethod method, String pathAndQuery, HttpHeaders headers, Flux<ByteBuf> body,
                long timeoutNanos, MonoSink<Answer> answer) {
            this.pool = pool;
            this.method = method;
            this.pathAndQuery = pathAndQuery;
            this.headers = headers;
            this.body = body;
            this.timeoutNanos = timeoutNanos;
            this.answer = answer;
        }

        void start() {
            if (finished) {
                // cancelled before it began
                return;
            }
            lastHeard = System.nanoTime();
            timeout = pool.loop.schedule(this::checkTimeout, timeoutNanos, TimeUnit.NANOSECONDS);
            Connection pooled = pool.pollIdle();
            if (pooled != null) {
                reused = true;
                send(pooled);
            } else {
                connectAndSend();
            }
        }

        private void connectAndSend() {
            pool.connect().addListener((ChannelFuture connected) -> {
                Connection opened = connected.isSuccess() ? connected.channel().pipeline().get(Connection.class) : null;
                if (finished) {
                    // cancelled or timed out while connecting: the new connection is as good as any pooled one
                    if (opened != null) {
                        pool.release(opened);
                    }
                    return;
                }
                if (opened == null) {
                    fail(connected.cause());
                    return;
                }
                reused = false;
                send(opened);
            });
        }

        private void send(Connection to) {
            connection = to;
            to.call = this;
            Channel channel = to.channel;
            if (body == null) {
                DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, pathAndQuery,
                    Unpooled.EMPTY_BUFFER, headers, EmptyHttpHeaders.INSTANCE);
                channel.writeAndFlush(request).addListener(written -> sent(to, written));
                return;
            }
            channel.write(new DefaultHttpRequest(HttpVersion.HTTP_1_1, method, pathAndQuery, headers));
            bodySubscription = body.subscribe(
                chunk -> onLoop(pool.loop, () -> {
                    if (finished || connection != to) {
                        chunk.release();
                    } else {
                        channel.writeAndFlush(new DefaultHttpContent(chunk));
                    }
                }),
                error -> onLoop(pool.loop, () -> fail(error)),
                () -> onLoop(pool.loop, () -> {
                    if (!finished && connection == to) {
                        channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(written -> sent(to, written));
                    }
                }));
        }

        private void sent(Connection on, Future<? super Void> written) {
            if (connection != on) {
                // a stale connection's, after the request moved to a new one
                return;
            }
            if (written.isSuccess()) {
                requestSent = true;
            } else {
                broken(written.cause());
            }
        }

        void read(HttpObject message) {
            lastHeard = System.nanoTime();
            if (finished) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message.decoderResult().isFailure()) {
                ReferenceCountUtil.release(message);
                fail(message.decoderResult().cause());
                return;
            }
            if (message instanceof HttpResponse response) {
                if (response.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
                    // a 100 Continue or other interim answer: its final answer follows
                    skippingInformational = true;
                } else {
                    answered(response);
                }
            }
            if (message instanceof HttpContent content) {
                if (skippingInformational) {
                    content.release();
                    skippingInformational = !(content instanceof LastHttpContent);
                    return;
                }
                if (streaming) {
                    pass(content.content());
                } else {
                    whole.addComponent(true, content.content());
                }
                if (content instanceof LastHttpContent) {
                    complete();
                }
            }
        }

        private void answered(HttpResponse response) {
            head = response;
            if (sentWhole(response.headers().get(HttpHeaderNames.CONTENT_LENGTH))) {
                whole = connection.channel.alloc().compositeBuffer(16);
                return;
            }
            streaming = true;
            early = new ArrayDeque<>();
            // until the client's side subscribes and asks, nothing more is read from the service
            connection.channel.config().setAutoRead(false);
            answerEmitted = true;
            answer.success(new Answer(response, null,
                Flux.create(sink -> onLoop(pool.loop, () -> subscribed(sink)), FluxSink.OverflowStrategy.BUFFER)));
        }

        private void subscribed(FluxSink<ByteBuf> sink) {
            streamed = sink;
            sink.onCancel(() -> onLoop(pool.loop, this::cancel));
            for (Object held = early.pollFirst(); held != null; held = early.pollFirst()) {
                if (held instanceof ByteBuf chunk) {
                    sink.next(chunk);
                } else if (held instanceof Throwable error) {
                    sink.error(error);
                } else {
                    sink.complete();
                }
            }
            // called at once for what is already asked for
            sink.onRequest(wanted -> onLoop(pool.loop, this::resumeIfWanted));
        }

        private void pass(ByteBuf chunk) {
            if (streamed == null) {
                early.addLast(chunk);
            } else if (streamed.isCancelled()) {
                chunk.release();
            } else {
                streamed.next(chunk);
            }
        }

        void readComplete() {
            if (streaming && !finished && (streamed == null || streamed.requestedFromDownstream() <= 0)) {
                connection.channel.config().setAutoRead(false);
            }
        }

        private void resumeIfWanted() {
            if (!finished && streamed != null && streamed.requestedFromDownstream() > 0) {
                connection.channel.config().setAutoRead(true);
            }
        }

        private void complete() {
            finished = true;
            timeout.cancel(false);
            Connection done = connection;
            done.channel.config().setAutoRead(true);
            // the connection is back in its pool, or closed, before anyone hears of the answer
            if (requestSent && HttpUtil.isKeepAlive(head)) {
                pool.release(done);
            } else {
                done.call = null;
                done.channel.close();
            }
            if (streaming) {
                if (streamed == null) {
                    early.addLast(Boolean.TRUE);
                } else {
                    streamed.complete();
                }
            } else {
                answerEmitted = true;
                answer.success(new Answer(head, whole, null));
                whole = null;
            }
        }

        /** The connection closed or failed under this call. */
        void broken(Throwable cause) {
            if (finished) {
                return;
            }
            if (reused && !retried && body == null && IDEMPOTENT.contains(method) && head == null && !skippingInformational) {
                // most likely a pooled connection the service had closed; and if the request did reach it, it may be repeated
                retried = true;
                pool.resent.increment();
                Connection stale = connection;
                stale.call = null;
                stale.channel.close();
                connection = null;
                requestSent = false;
                connectAndSend();
                return;
            }
            fail(cause != null ? cause : new IOException(
                "The service closed the connection before its answer was complete"));
        }

        private void checkTimeout() {
            if (finished) {
                return;
            }
            if (streaming && streamed != null && !connection.channel.config().isAutoRead()) {
                // not reading, because the client has not taken what came: the service is not the one silent
                lastHeard = System.nanoTime();
            }
            long silent = System.nanoTime() - lastHeard;
            if (silent >= timeoutNanos) {
                fail(new TimeoutException("The service did not answer within " + Duration.ofNanos(timeoutNanos)));
            } else {
                timeout = pool.loop.schedule(this::checkTimeout, timeoutNanos - silent,
                    TimeUnit.NANOSECONDS);
            }
        }

        private void fail(Throwable error) {
            if (finished) {
                return;
            }
            end();
            if (!answerEmitted) {
                answerEmitted = true;
                answer.error(error);
            } else if (streamed == null) {
                early.addLast(error);
            } else {
                streamed.error(error);
            }
        }

        /** The client went away, or stopped taking the streamed body. */
        void cancel() {
            if (!finished) {
                end();
            } else if (early != null) {
                early.forEach(ReferenceCountUtil::release);
                early.clear();
            }
        }

        /** Ends the call before its answer did: what it holds is released, and its connection closed. */
        private void end() {
            finished = true;
            if (timeout != null) {
                timeout.cancel(false);
            }
            if (bodySubscription != null) {
                bodySubscription.dispose();
            }
            if (whole != null) {
                whole.release();
                whole = null;
            }
            if (early != null) {
                early.forEach(ReferenceCountUtil::release);
                early.clear();
            }
            if (connection != null) {
                connection.call = null;
                connection.channel.close();
            }
        }
    }
}
