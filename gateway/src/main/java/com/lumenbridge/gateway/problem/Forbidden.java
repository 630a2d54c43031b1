package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.ProblemTypes;

/** The key is valid but may not do this (403): a missing scope, or a non-operator on the admin API. */
public class Forbidden extends ApiException {

    public Forbidden(String detail) {
        super(403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }
}
