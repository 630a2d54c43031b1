package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.problem.ProblemExceptionHandler;
import com.lumenbridge.gateway.problem.RateLimited;
import com.lumenbridge.gateway.problem.RequestLogContext;
import com.lumenbridge.gateway.problem.UnavailableLog;
import com.lumenbridge.gateway.problem.UpstreamUnavailable;
import com.lumenbridge.gateway.routing.ServiceRoutes;
import com.lumenbridge.gateway.routing.ServiceRoutes.ServiceRoute;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Authenticated;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey.Authentication;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerRequest;

/**
 * The common API call, proxied straight to its service on a {@link ServiceHop}, plain Netty
 * connections pooled on the request's own event loop, rather than through WebFlux's exchange,
 * Spring Cloud Gateway's filter chain and Reactor Netty's client, which cost several times what the
 * proxying itself does (README, gateway benchmark).
 *
 * <p>A request takes this path only when everything about it is plain and already known: no CORS
 * ({@code Origin}), a path and query within {@link RequestTargetLimit#MAX_CHARS}, no body or one
 * of declared length within the path's limit, a bearer key the key cache already holds as active
 * with the scope the method and path need, and a {@linkplain ServiceRoutes plain route} to a service
 * over plain HTTP. Then the
 * same gate applies as on the full chain, in the same order: the tenant's rate limit (429), the
 * service's circuit breaker and bulkhead (503), the internal token in place of the key, client-sent
 * internal headers dropped. Everything else (a missing, unknown or not yet cached key, a caller
 * whose internal token is still being minted, a missing scope, CORS, a streamed body, the admin
 * API, imports, pages) goes to the full chain unchanged, which answers it exactly as before.
 *
 * <p>The call is timed as {@code http.server.requests} and {@code spring.cloud.gateway.requests},
 * with the tags the full chain gives them, so dashboards see one gateway. The gateway starts a
 * span of the caller's trace ({@code traceparent} with a new parent id, or a new trace), so the
 * service's logs carry the trace; it does not record the span itself.
 */
final class ApiFastPath implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiFastPath.class);
    private static final String BEARER = "Bearer ";
    private static final String TRACEPARENT = "traceparent";
    private static final DefaultHttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    /** Hop-by-hop headers (RFC 9110 7.6.1), which a proxy does not pass on; and Host, which names the gateway. */
    private static final Set<String> HOP_BY_HOP = caseInsensitive("connection", "keep-alive", "transfer-encoding", "te",
        "trailer", "upgrade", "proxy-authorization", "proxy-authenticate", "proxy-connection", "host");
    /** Request headers the fast path sets itself. */
    private static final Set<String> REPLACED = caseInsensitive(HttpHeaders.AUTHORIZATION, TRACEPARENT);

    private final HttpHandler fullChain;
    private final ServiceRoutes routes;
    private final AuthenticateApiKey authentication;
    private final TenantRateLimits rateLimits;
    private final BodyLimits bodyLimits;
    private final InternalTokens tokens;
    private final ServiceHop hop;
    private final ProblemExceptionHandler problems;
    private final UnavailableLog unavailableLog;
    private final Duration retryAfter;
    private final MeterRegistry meters;
    private final Map<TimerKey, Timer[]> timers = new ConcurrentHashMap<>();
    private final Counter taken;

    ApiFastPath(HttpHandler fullChain, ServiceRoutes routes, AuthenticateApiKey authentication,
            TenantRateLimits rateLimits, BodyLimits bodyLimits, InternalTokens tokens, Duration connectTimeout,
            ProblemExceptionHandler problems, UnavailableLog unavailableLog, Duration retryAfter, MeterRegistry meters) {
        this.fullChain = fullChain;
        this.routes = routes;
        this.authentication = authentication;
        this.rateLimits = rateLimits;
        this.bodyLimits = bodyLimits;
        this.tokens = tokens;
        this.hop = new ServiceHop(connectTimeout, meters);
        this.problems = problems;
        this.unavailableLog = unavailableLog;
        this.retryAfter = retryAfter;
        this.meters = meters;
        this.taken = Counter.builder("lumenbridge.gateway.fast.path.requests")
            .description("API requests proxied by the fast path rather than the full filter chain")
            .register(meters);
    }

    @Override
    public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
        Admitted admitted = admit(request);
        if (admitted == null) {
            return fullChain.handle(request, response);
        }
        taken.increment();
        long start = System.nanoTime();
        try {
            rateLimits.take(admitted.key().tenantId().value(), admitted.key().tenantKind());
        } catch (RateLimited refused) {
            return problems.write(request, response, refused)
                .doFinally(signal -> record(request, admitted.route(), 429, null, System.nanoTime() - start));
        }
        ServiceRoute route = admitted.route();
        CircuitBreaker breaker = route.breaker();
        if (!breaker.tryAcquirePermission()) {
            return unavailable(request, response, admitted, "its circuit breaker is open", start);
        }
        Bulkhead bulkhead = route.bulkhead();
        if (!bulkhead.tryAcquirePermission()) {
            breaker.releasePermission();
            return unavailable(request, response, admitted, "its bulkhead is full", start);
        }
        return proxy(request, response, admitted, breaker, bulkhead, start);
    }

    /** What lets a request take this path, or {@code null} for the full chain. */
    private Admitted admit(ServerHttpRequest request) {
        HttpServerRequest inbound = inboundRequest(request);
        if (inbound == null) {
            return null;
        }
        HttpHeaders headers = request.getHeaders();
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || headers.getFirst(HttpHeaders.ORIGIN) != null
                || headers.getFirst(HttpHeaders.TRANSFER_ENCODING) != null) {
            return null;
        }
        URI uri = request.getURI();
        String rawPath = uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        if (rawPath == null || rawPath.length() + (rawQuery == null ? 0 : rawQuery.length() + 1) > RequestTargetLimit.MAX_CHARS) {
            return null;
        }
        PathContainer path = request.getPath().pathWithinApplication();
        Optional<ServiceRoute> route = routes.plainRouteFor(path);
        long declared = headers.getContentLength();
        if (route.isEmpty() || !ServiceHop.reaches(route.get().uri()) || RequiredScopes.ADMIN.matches(path)
                || declared > 0 && declared > bodyLimits.limitFor(path)) {
            return null;
        }
        String presented = authorization.substring(BEARER.length()).trim();
        if (presented.isEmpty()) {
            return null;
        }
        CompletableFuture<Authentication> outcome = authentication.authenticate(presented);
        if (!outcome.isDone() || outcome.isCompletedExceptionally()
                || !(outcome.getNow(null) instanceof Authenticated authenticated)) {
            return null;
        }
        ApiKey key = authenticated.key();
        Optional<Scope> required = RequiredScopes.of(request.getMethod(), path);
        if (required.isEmpty() || !key.has(required.get())) {
            return null;
        }
        String token = tokens.heldFor(key);
        if (token == null) {
            return null;
        }
        return new Admitted(inbound, key, token, route.get(), rawQuery == null ? rawPath : rawPath + "?" + rawQuery,
            childTraceParent(headers.getFirst(TRACEPARENT)));
    }

    private Mono<Void> proxy(ServerHttpRequest request, ServerHttpResponse response, Admitted admitted,
            CircuitBreaker breaker, Bulkhead bulkhead, long start) {
        ServiceRoute route = admitted.route();
        Throwable[] failure = new Throwable[1];
        int[] status = new int[1];
        // [0]: the service answered; [1]: its answer's body broke off
        boolean[] service = new boolean[2];
        io.netty.handler.codec.http.HttpHeaders forwarded = HEADERS.newHeaders();
        forwarded.set(HttpHeaderNames.HOST, route.uri().getRawAuthority());
        // Netty's own headers: WebFlux's view of them builds a list of values for every name
        for (Map.Entry<String, String> header : admitted.inbound().requestHeaders()) {
            String name = header.getKey();
            if (passesOn(name) && !REPLACED.contains(name)) {
                forwarded.add(name, header.getValue());
            }
        }
        forwarded.set(InternalHeaders.TOKEN, admitted.token());
        forwarded.set(TRACEPARENT, admitted.traceParent());
        Flux<ByteBuf> body = request.getHeaders().getContentLength() > 0
            ? request.getBody().map(NettyDataBufferFactory::toByteBuf) : null;
        Channel inbound = ((Connection) admitted.inbound()).channel();
        HttpMethod method = HttpMethod.valueOf(request.getMethod().name());
        return hop.exchange(inbound.eventLoop(), inbound.getClass(), route.id(), route.uri(), method,
                admitted.pathAndQuery(), forwarded, body, route.responseTimeout())
            .flatMap(answer -> {
                service[0] = true;
                status[0] = answer.head().status().code();
                response.setStatusCode(HttpStatusCode.valueOf(status[0]));
                HttpHeaders headers = response.getHeaders();
                for (Map.Entry<String, String> header : answer.head().headers()) {
                    if (passesOn(header.getKey())) {
                        headers.add(header.getKey(), header.getValue());
                    }
                }
                NettyDataBufferFactory buffers = (NettyDataBufferFactory) response.bufferFactory();
                ByteBuf whole = answer.whole();
                if (whole == null) {
                    return response.writeWith(answer.streamed().<DataBuffer>map(buffers::wrap)
                        .doOnError(broken -> service[1] = true));
                }
                if (!whole.isReadable()) {
                    // an empty answer: its status and headers still go out
                    whole.release();
                    return response.setComplete();
                }
                // one Mono: Reactor Netty writes the status, headers and body in one go
                return response.writeWith(Mono.just(buffers.wrap(whole)));
            })
            .onErrorResume(error -> {
                failure[0] = error;
                if (response.isCommitted()) {
                    return Mono.error(error);
                }
                try (RequestLogContext logged = admitted.logContext()) {
                    unavailableLog.unreachable(log, request.getMethod().name(), request.getPath().value(),
                        route.service(), error);
                }
                status[0] = 503;
                // the service's headers, copied before its body broke off, are not the 503's (a Cache-Control would be kept)
                response.getHeaders().clear();
                return problems.write(request, response, new UpstreamUnavailable(route.service(), retryAfter));
            })
            .doFinally(signal -> {
                long took = System.nanoTime() - start;
                bulkhead.onComplete();
                switch (verdict(signal, failure[0], service[0], service[1])) {
                    case SERVICE_FAILED -> breaker.onError(took, TimeUnit.NANOSECONDS, failure[0]);
                    case SERVICE_ANSWERED -> breaker.onSuccess(took, TimeUnit.NANOSECONDS);
                    case NOTHING_LEARNT -> breaker.releasePermission();
                }
                record(request, route, status[0] == 0 ? 499 : status[0], failure[0], took);
            });
    }

    /**
     * Reactor Netty's request under WebFlux's, which is also the connection it came in on; {@code null}
     * when it did not come in on one (a mock).
     */
    static HttpServerRequest inboundRequest(ServerHttpRequest request) {
        try {
            return ServerHttpRequestDecorator.getNativeRequest(request) instanceof HttpServerRequest inbound
                && inbound instanceof Connection ? inbound : null;
        } catch (IllegalArgumentException | IllegalStateException notAServerRequest) {
            return null;
        }
    }

    /** What one proxied call tells the service's circuit breaker. */
    enum Verdict {
        SERVICE_ANSWERED,
        SERVICE_FAILED,
        /** The client went away: the call says nothing about the service either way. */
        NOTHING_LEARNT
    }

    /**
     * A failure counts against the service only when the service caused it: it could not be reached,
     * did not answer in time, or its answer broke off. A failure after it answered, with its answer
     * intact, was in handing the answer on: the client hung up (Reactor Netty's
     * {@code AbortedException}). Counted as the service's, the 32 calls a load generator cuts off when
     * it stops opened a healthy service's breaker, and the gateway answered 503 for 10 s (bench
     * gateway, 2026-11-26).
     */
    static Verdict verdict(SignalType signal, Throwable failure, boolean serviceAnswered, boolean answerBrokeOff) {
        if (failure == null) {
            return signal == SignalType.CANCEL && !serviceAnswered ? Verdict.NOTHING_LEARNT : Verdict.SERVICE_ANSWERED;
        }
        return serviceAnswered && !answerBrokeOff ? Verdict.NOTHING_LEARNT : Verdict.SERVICE_FAILED;
    }

    private Mono<Void> unavailable(ServerHttpRequest request, ServerHttpResponse response, Admitted admitted,
            String why, long start) {
        ServiceRoute route = admitted.route();
        try (RequestLogContext logged = admitted.logContext()) {
            unavailableLog.answering503(log, route.service(), why);
        }
        return problems.write(request, response, new UpstreamUnavailable(route.service(), retryAfter))
            .doFinally(signal -> record(request, route, 503, null, System.nanoTime() - start));
    }

    private static boolean passesOn(String header) {
        return !HOP_BY_HOP.contains(header) && !InternalHeaders.isInternal(header);
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }

    /**
     * The {@code traceparent} for the service: the caller's trace with a new parent id (this
     * gateway's span), or a new sampled trace when the caller sent none or one that is not valid.
     */
    static String childTraceParent(String received) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String spanId = hex(random.nextLong() | 1L, 16);
        if (received != null && received.length() == 55 && received.startsWith("00-") && received.charAt(35) == '-'
                && received.charAt(52) == '-' && isHex(received, 3, 35) && isHex(received, 53, 55)
                && !received.regionMatches(3, "00000000000000000000000000000000", 0, 32)) {
            return received.substring(0, 36) + spanId + received.substring(52);
        }
        return "00-" + hex(random.nextLong(), 16) + hex(random.nextLong() | 1L, 16) + "-" + spanId + "-01";
    }

    private static String hex(long value, int digits) {
        String hex = Long.toHexString(value);
        return "0".repeat(digits - hex.length()) + hex;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private void record(ServerHttpRequest request, ServiceRoute route, int status, Throwable failure, long nanos) {
        String method = request.getMethod().name();
        String exception = failure == null ? "none" : failure.getClass().getSimpleName();
        String outcome = outcome(status);
        Timer[] both = timers.computeIfAbsent(new TimerKey(method, status, route.id(), exception), k -> new Timer[] {
            Timer.builder("http.server.requests")
                .tags("method", method, "uri", "UNKNOWN", "status", Integer.toString(status), "outcome", outcome,
                    "exception", exception, "error", exception)
                .register(meters),
            Timer.builder("spring.cloud.gateway.requests")
                .tags("routeId", route.id(), "routeUri", route.uri().toString(), "outcome", outcome,
                    "status", HttpStatusCode.valueOf(status).toString(), "httpStatusCode", Integer.toString(status),
                    "httpMethod", method)
                .register(meters)});
        both[0].record(nanos, TimeUnit.NANOSECONDS);
        both[1].record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }

    /** @param traceParent the {@code traceparent} forwarded: the trace, and this gateway's span as its parent */
    private record Admitted(HttpServerRequest inbound, ApiKey key, String token, ServiceRoute route, String pathAndQuery, String traceParent) {

        RequestLogContext logContext() {
            return RequestLogContext.of(traceParent.substring(3, 35), traceParent.substring(36, 52), key.tenantId().value());
        }
    }

    private record TimerKey(String method, int status, String route, String exception) {
    }
}
