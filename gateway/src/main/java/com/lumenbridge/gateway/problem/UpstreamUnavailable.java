package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ProblemTypes;
import java.time.Duration;
import java.util.Map;

/**
 * A service could not answer: down, too slow, or its circuit breaker is open (503). The request
 * may be retried after {@code Retry-After}.
 */
public class UpstreamUnavailable extends HeaderProblem {

    private final long retryAfterSeconds;

    public UpstreamUnavailable(String service, Duration retryAfter) {
        super(503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
            "The " + service + " service is unavailable or did not answer in time; retry later");
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
