package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.observability.LogFields;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace and tenant of a request, put in the MDC around the gateway's own log lines about it.
 *
 * <p>The gateway does not copy them into the MDC around every Reactor operator
 * ({@code spring.reactor.context-propagation=limited}): doing so on every signal of every request
 * took about a seventh of the gateway's CPU. Its few log lines about a request (a service that
 * could not be reached, an unhandled error, a key store that did not answer) name them explicitly
 * through this instead.
 */
public final class RequestLogContext implements AutoCloseable {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private RequestLogContext(String traceId, String spanId, String tenantId) {
        put(TRACE_ID, traceId);
        put(SPAN_ID, spanId);
        put(LogFields.TENANT_ID, tenantId);
    }

    /** The exchange's trace (its server observation's span) and tenant ({@link ProblemExceptionHandler#TENANT_ATTRIBUTE}). */
    public static RequestLogContext of(ServerWebExchange exchange) {
        Optional<Span> span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
            .map(context -> context.<TracingContext>get(TracingContext.class))
            .map(TracingContext::getSpan);
        return new RequestLogContext(span.map(s -> s.context().traceId()).orElse(null),
            span.map(s -> s.context().spanId()).orElse(null),
            exchange.getAttribute(ProblemExceptionHandler.TENANT_ATTRIBUTE));
    }

    /** A trace and tenant known otherwise, e.g. from the {@code traceparent} the gateway forwarded. */
    public static RequestLogContext of(String traceId, String spanId, String tenantId) {
        return new RequestLogContext(traceId, spanId, tenantId);
    }

    private static void put(String key, String value) {
        if (value == null || value.isEmpty()) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    @Override
    public void close() {
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
        MDC.remove(LogFields.TENANT_ID);
    }
}
