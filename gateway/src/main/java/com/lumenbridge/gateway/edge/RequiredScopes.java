package com.lumenbridge.gateway.edge;

import com.lumenbridge.platform.identity.Scope;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The scope each API area needs: reads (GET, HEAD, OPTIONS) one, every other method another. Paths
 * are matched exactly as the routes match them, so a request cannot reach a service under one
 * area's rule and another area's route.
 */
final class RequiredScopes {

    static final PathPattern ADMIN = PathPatternParser.defaultInstance.parse("/api/admin/**");

    private static final List<Rule> RULES = List.of(
        new Rule("/api/catalog/**", Scope.CATALOG_READ, Scope.CATALOG_WRITE),
        new Rule("/api/stores/**", Scope.STORES_READ, Scope.INVENTORY_WRITE),
        new Rule("/api/orders/**", Scope.ORDERS_READ, Scope.ORDERS_WRITE),
        new Rule("/api/crm/**", Scope.CRM_READ, Scope.CRM_WRITE),
        new Rule("/api/admin/**", Scope.ADMIN, Scope.ADMIN));

    private RequiredScopes() {
    }

    /** The scope a request needs, or empty for a path no area owns (it answers 404 anyway). */
    static Optional<Scope> of(HttpMethod method, PathContainer path) {
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
            || HttpMethod.OPTIONS.equals(method);
        return RULES.stream()
            .filter(rule -> rule.pattern().matches(path))
            .findFirst()
            .map(rule -> read ? rule.read() : rule.write());
    }

    private record Rule(PathPattern pattern, Scope read, Scope write) {

        Rule(String pattern, Scope read, Scope write) {
            this(PathPatternParser.defaultInstance.parse(pattern), read, write);
        }
    }
}
