package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ApiException;
import java.net.URI;
import java.util.Map;

/** A problem whose answer needs response headers too (a challenge, a retry hint). */
public abstract class HeaderProblem extends ApiException {

    protected HeaderProblem(int status, URI type, String title, String detail) {
        super(status, type, title, detail);
    }

    /** Headers to set on the problem response. */
    public abstract Map<String, String> headers();
}
