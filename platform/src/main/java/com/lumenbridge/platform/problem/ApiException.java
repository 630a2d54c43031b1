package com.lumenbridge.platform.problem;

import java.net.URI;
import java.util.Map;

/**
 * Base of the exceptions application code throws to answer with a Problem Details document:
 * each carries its HTTP status and stable problem type.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;

    protected ApiException(int status, URI type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document; none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
