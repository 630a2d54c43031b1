package com.lumenbridge.order.common;

import com.lumenbridge.platform.identity.InternalHeaders;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one kind of synchronous call DESIGN.md allows: a GET of another service as the calling
 * partner, by forwarding the partner's own internal token (services hold only the gateway's public
 * key and cannot mint one), behind a circuit breaker and a time limit. A slow or dead service costs
 * at most the timeout, and nothing once the breaker is open. A 5xx counts as a failure; any other
 * status is an answer the caller interprets (a 404 is "not shown to you", not an outage).
 */
public class GuardedRead {

    private final HttpClient http;
    private final String baseUrl;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final Duration timeout;

    public GuardedRead(HttpClient http, String baseUrl, CircuitBreaker breaker, TimeLimiter limiter, Duration timeout) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.breaker = breaker;
        this.limiter = limiter;
        this.timeout = timeout;
    }

    /**
     * A read of {@code baseUrl} named {@code name} (the breaker's name in the registry and in
     * {@code resilience4j_circuitbreaker_*}): opens at {@code failureRateThreshold} % of the last 20
     * calls (at least 5), stays open {@code openFor}, each call bounded by {@code timeout}.
     */
    public static GuardedRead of(String name, String baseUrl, Duration timeout, float failureRateThreshold, Duration openFor,
            CircuitBreakerRegistry breakers) {
        CircuitBreaker breaker = breakers.circuitBreaker(name, CircuitBreakerConfig.custom()
            .failureRateThreshold(failureRateThreshold)
            .slidingWindowSize(20)
            .minimumNumberOfCalls(5)
            .waitDurationInOpenState(openFor)
            .permittedNumberOfCallsInHalfOpenState(2)
            .build());
        TimeLimiter limiter = TimeLimiter.of(name, TimeLimiterConfig.custom()
            .timeoutDuration(timeout).cancelRunningFuture(true).build());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout.compareTo(Duration.ofSeconds(2)) < 0 ? timeout : Duration.ofSeconds(2))
            .build();
        return new GuardedRead(http, baseUrl, breaker, limiter, timeout);
    }

    /** What the service answered below 500. */
    public record Answer(int status, String body) {
    }

    /**
     * GETs {@code basePath} + the encoded {@code id} as the partner behind {@code token}; throws
     * {@link Unavailable} when the service is down, slow, answering 5xx, or the breaker is open.
     */
    public Answer get(String basePath, String id, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + basePath + pathSegment(id)))
            .timeout(timeout)
            .header(InternalHeaders.TOKEN, token == null ? "" : token)
            .header("Accept", "application/json")
            .GET().build();
        try {
            return breaker.executeCallable(() -> {
                HttpResponse<String> r = limiter.executeFutureSupplier(
                    () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                if (r.statusCode() >= 500) {
                    throw new IOException(breaker.getName() + " answered " + r.statusCode());
                }
                return new Answer(r.statusCode(), r.body());
            });
        } catch (Exception e) {
            throw new Unavailable(e);
        }
    }

    private static String pathSegment(String id) {
        // URLEncoder is for forms: a space becomes '+', which a path keeps literally
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The service could not answer in time (down, slow, erroring, or the breaker is open); the cause says which. */
    public static class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
