package com.lumenbridge.platform.problem;

/** Unknown id, or an id owned by another tenant: both look the same to the caller (404). */
public class NotFound extends ApiException {

    public NotFound(String what, String id) {
        super(404, ProblemTypes.NOT_FOUND, "Not found", what + " '" + id + "' was not found");
    }
}
