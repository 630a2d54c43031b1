package com.lumenbridge.platform.problem;

import java.net.URI;

/** The request clashes with the current state of the resource (409). */
public class Conflict extends ApiException {

    public Conflict(String detail) {
        this(ProblemTypes.CONFLICT, detail);
    }

    public Conflict(URI type, String detail) {
        super(409, type, "Conflict", detail);
    }
}
