package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.problem.UriTooLong;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a path and query longer than {@value #MAX_CHARS} characters with a 414 Problem.
 *
 * <p>The HTTP codec itself accepts request lines up to {@code server.netty.max-initial-line-length}
 * (64 KB). Over that it answers 414 and closes the connection at once, and closing a socket with
 * a request body still unread sends the client a reset, which may destroy the 414 before the client
 * reads it. Refused here instead, the request gets the same Problem Details as every other refusal,
 * its body is drained by the server, and the keep-alive connection stays usable.
 */
final class RequestTargetLimit implements WebFilter, Ordered {

    /** What nginx's default buffers and the services' Tomcat (8 KB of request line and headers) take with room. */
    static final int MAX_CHARS = 4096;

    @Override
    public int getOrder() {
        return EdgeOrder.REQUEST_TARGET;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        URI uri = exchange.getRequest().getURI();
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        int length = (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
        if (length > MAX_CHARS) {
            return Mono.error(new UriTooLong(MAX_CHARS));
        }
        return chain.filter(exchange);
    }
}
