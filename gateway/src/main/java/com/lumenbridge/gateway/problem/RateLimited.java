package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ProblemTypes;
import java.util.Map;

/** The tenant used up its request budget (429); {@code Retry-After} says when a token is back. */
public class RateLimited extends HeaderProblem {

    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds) {
        super(429, ProblemTypes.RATE_LIMITED, "Too many requests",
            "This tenant's request rate limit is used up; retry after " + Math.max(1, retryAfterSeconds) + " s");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
