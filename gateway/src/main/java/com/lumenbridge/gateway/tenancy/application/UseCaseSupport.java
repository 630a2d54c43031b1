package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.BrokenRules;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Small helpers every use case shares. */
final class UseCaseSupport {

    private UseCaseSupport() {
    }

    /** Now, at the millisecond precision MongoDB stores, so what is returned equals what is read back. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static InvalidInput invalidInput(BrokenRules broken) {
        return new InvalidInput(broken.rules().stream().map(r -> new FieldError(r.attribute(), r.rule())).toList());
    }
}
