package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.ProblemTypes;

/** The request's path and query are longer than the gateway accepts (414). */
public class UriTooLong extends ApiException {

    public UriTooLong(int limitChars) {
        super(414, ProblemTypes.URI_TOO_LONG, "URI too long",
            "The request's path and query exceed the limit of " + limitChars + " characters");
    }
}
