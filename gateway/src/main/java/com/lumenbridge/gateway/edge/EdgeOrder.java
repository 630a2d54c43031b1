package com.lumenbridge.gateway.edge;

import org.springframework.core.Ordered;

/** The order of the edge's web filters, in one place because the order is the security model. */
final class EdgeOrder {

    /** First of all: nothing may read a client-sent internal header, not even CORS. */
    static final int STRIP_INTERNAL_HEADERS = Ordered.HIGHEST_PRECEDENCE;
    /** Before authentication, so preflights need no key and refusals still carry CORS headers. */
    static final int CORS = Ordered.HIGHEST_PRECEDENCE + 1;
    /** After CORS, so a browser can read the refusal; before the key is looked up. */
    static final int REQUEST_TARGET = Ordered.HIGHEST_PRECEDENCE + 2;
    /** Authentication, scope, rate limit, body size, internal token: see {@link ApiEdgeFilter}. */
    static final int API = Ordered.HIGHEST_PRECEDENCE + 3;

    private EdgeOrder() {
    }
}
