package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.Problems;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every error that reaches WebFlux with Problem Details, ahead of Boot's default handler,
 * so no error path shows Boot's error JSON or a stack trace. Anything that goes wrong while a
 * request is being routed to a service, other than a problem the gateway raised itself, means the
 * service could not answer: 503 with {@code Retry-After}, the same as the circuit breaker fallback.
 */
public final class ProblemExceptionHandler implements ErrorWebExceptionHandler, Ordered {

    /** Before Boot's {@code DefaultErrorWebExceptionHandler} at -1. */
    static final int ORDER = -2;
    /** The exchange attribute with the authenticated tenant's id, for {@link RequestLogContext}. */
    public static final String TENANT_ATTRIBUTE = ProblemExceptionHandler.class.getName() + ".tenantId";
    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final JsonMapper json;
    private final Duration retryAfter;
    private final UnavailableLog unavailableLog;

    ProblemExceptionHandler(JsonMapper json, Duration retryAfter, UnavailableLog unavailableLog) {
        this.json = json;
        this.retryAfter = retryAfter;
        this.unavailableLog = unavailableLog;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return write(exchange.getRequest(), exchange.getResponse(), problemFor(exchange, error));
    }

    /**
     * Answers the request with the problem, as {@link #handle} does: also for the gateway's
     * {@code ApiFastPath}, which answers outside the WebFlux exchange.
     */
    public Mono<Void> write(ServerHttpRequest request, ServerHttpResponse response, ApiException problem) {
        ProblemDetail detail = Problems.of(problem);
        if (!(problem instanceof UriTooLong)) {
            // a 414 does not echo the path it refused for its length
            instance(request).ifPresent(detail::setInstance);
        }
        byte[] body = json.writeValueAsBytes(Problems.asMap(detail));

        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem instanceof HeaderProblem withHeaders) {
            withHeaders.headers().forEach(headers::set);
        }
        if (problem.status() == 413 && request.getHeaders().getContentLength() < 0) {
            // The server drains a refused body of declared length after the answer, so that
            // connection stays usable; closing it with the body unread would reset it, which can
            // destroy the 413 before the client reads it. A streamed body has no end the server
            // knows of: that connection is closed rather than drained without bound.
            headers.set(HttpHeaders.CONNECTION, "close");
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private ApiException problemFor(ServerWebExchange exchange, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException raised) {
                return raised;
            }
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (error instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            return new GenericProblem(status.getStatusCode().value(), clientErrorDetail(status), status.getHeaders());
        }
        try (RequestLogContext logged = RequestLogContext.of(exchange)) {
            if (route != null) {
                String service = Routes.service(route);
                unavailableLog.unreachable(log, exchange.getRequest().getMethod().name(),
                    exchange.getRequest().getPath().value(), service, error);
                return new UpstreamUnavailable(service, retryAfter);
            }
            log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                error);
        }
        return new GenericProblem(500, "Something went wrong on our side; the error has been logged", HttpHeaders.EMPTY);
    }

    private static String clientErrorDetail(ResponseStatusException error) {
        if (error.getStatusCode().value() == 404) {
            return "Nothing is served at this path";
        }
        String reason = error.getReason();
        return reason == null || reason.isBlank() ? "The request cannot be handled as sent" : reason;
    }

    private static Optional<URI> instance(ServerHttpRequest request) {
        try {
            return Optional.of(URI.create(request.getPath().value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
