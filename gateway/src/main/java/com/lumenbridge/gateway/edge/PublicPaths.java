package com.lumenbridge.gateway.edge;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What outside {@code /api/**} answers without a key: probes, metrics, the API documents and the
 * static {@code /ops} and {@code /console} pages (they hold no data; their API calls need a key).
 * Everything else outside the API is refused, so a later endpoint is never public by accident.
 */
final class PublicPaths {

    private static final List<PathPattern> PUBLIC = List.of(
        "/actuator/health/**", "/actuator/prometheus",
        "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**", "/v3/api-docs.yaml",
        "/ops/**", "/console/**").stream()
        .map(PathPatternParser.defaultInstance::parse)
        .toList();

    static boolean allows(PathContainer path) {
        return PUBLIC.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private PublicPaths() {
    }
}
