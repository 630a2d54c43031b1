package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ProblemTypes;
import java.util.Map;

/** No usable API key came with the request (401, with the RFC 6750 challenge). */
public class Unauthenticated extends HeaderProblem {

    private final boolean keyPresented;

    /**
     * @param keyPresented whether a key came at all; a bad one is answered {@code error="invalid_token"}
     */
    public Unauthenticated(String detail, boolean keyPresented) {
        super(401, ProblemTypes.UNAUTHENTICATED, "Unauthenticated", detail);
        this.keyPresented = keyPresented;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate",
            keyPresented ? "Bearer realm=\"lumenbridge\", error=\"invalid_token\"" : "Bearer realm=\"lumenbridge\"");
    }
}
