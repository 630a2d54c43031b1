package com.lumenbridge.platform.identity;

/**
 * Headers that only the gateway may set. The gateway strips every client-sent header with the
 * {@link #PREFIX} before it forwards a request, so a service can trust what it finds there.
 */
public final class InternalHeaders {

    /** Every internal header starts with this (compared case-insensitively). */
    public static final String PREFIX = "X-LB-";

    /** The signed, short-lived token naming tenant, kind and scopes. */
    public static final String TOKEN = "X-LB-Internal-Token";

    private InternalHeaders() {
    }

    public static boolean isInternal(String headerName) {
        return headerName.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }
}
