package com.lumenbridge.platform.problem;

/** Input that cannot be read at all: malformed JSON, a missing header, a wrong parameter type (400). */
public class BadRequest extends ApiException {

    public BadRequest(String detail) {
        super(400, ProblemTypes.BAD_REQUEST, "Bad request", detail);
    }
}
