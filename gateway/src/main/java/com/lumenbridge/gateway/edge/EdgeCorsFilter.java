package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.problem.Forbidden;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Applies the gateway's {@code globalcors} configuration in front of authentication rather than at
 * routing: a preflight is answered without an API key, and a 401 or 429 still carries the CORS
 * headers a browser needs to let the page read it. The gateway's own CORS handling at routing
 * then finds the headers present and leaves them.
 */
final class EdgeCorsFilter implements WebFilter, Ordered {

    private final CorsConfigurationSource configurations;
    private final CorsProcessor processor = new DefaultCorsProcessor();

    EdgeCorsFilter(CorsConfigurationSource configurations) {
        this.configurations = configurations;
    }

    @Override
    public int getOrder() {
        return EdgeOrder.CORS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        CorsConfiguration configuration = configurations.getCorsConfiguration(exchange);
        if (configuration == null) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return Mono.error(new Forbidden("Cross-origin requests from "
                + exchange.getRequest().getHeaders().getFirst(HttpHeaders.ORIGIN) + " are not allowed"));
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
    }
}
