package com.lumenbridge.gateway.pages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The pages load only their own scripts and styles and talk only to this origin: no inline
 * script, no third-party host, no framing. Swagger UI needs inline script, so this applies to
 * the pages alone rather than to the whole gateway.
 */
final class PageSecurityHeaders implements WebFilter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final java.util.List<PathPattern> PAGES = PagesConfiguration.PAGES.stream()
        .map(page -> PathPatternParser.defaultInstance.parse("/" + page + "/**"))
        .toList();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (PAGES.stream().anyMatch(page -> page.matches(path))) {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
        }
        return chain.filter(exchange);
    }
}
