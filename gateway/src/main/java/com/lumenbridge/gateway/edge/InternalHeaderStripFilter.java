package com.lumenbridge.gateway.edge;

import com.lumenbridge.platform.identity.InternalHeaders;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes every client-sent header starting with {@code X-LB-}, on every request: services trust
 * those headers, so only the gateway may set them.
 */
final class InternalHeaderStripFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(InternalHeaderStripFilter.class);

    @Override
    public int getOrder() {
        return EdgeOrder.STRIP_INTERNAL_HEADERS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> internal = exchange.getRequest().getHeaders().headerNames().stream()
            .filter(InternalHeaders::isInternal)
            .toList();
        if (internal.isEmpty()) {
            return chain.filter(exchange);
        }
        log.debug("Dropped client-sent internal headers {} on {}", internal, exchange.getRequest().getPath());
        return chain.filter(exchange.mutate()
            .request(request -> request.headers(headers -> internal.forEach(headers::remove)))
            .build());
    }
}
