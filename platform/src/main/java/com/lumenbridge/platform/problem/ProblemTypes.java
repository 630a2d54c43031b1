package com.lumenbridge.platform.problem;

import java.net.URI;

/** The stable {@code type} URIs of LumenBridge Problem Details; partners may switch on them. */
public final class ProblemTypes {

    public static final String BASE = "https://problems.lumenbridge.dev/";

    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI BAD_REQUEST = of("bad-request");
    public static final URI VALIDATION = of("validation");
    public static final URI CONFLICT = of("conflict");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI URI_TOO_LONG = of("uri-too-long");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI RATE_LIMITED = of("rate-limited");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    public static final URI INTERNAL = of("internal");

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
