package com.lumenbridge.platform.problem;

/** A dependency is down or too slow; the same request may succeed later (503, retryable). */
public class ServiceUnavailable extends ApiException {

    public ServiceUnavailable(String detail) {
        super(503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", detail);
    }
}
