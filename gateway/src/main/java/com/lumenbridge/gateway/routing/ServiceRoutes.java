package com.lumenbridge.gateway.routing;

import com.lumenbridge.gateway.problem.Routes;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes of {@code application.yml} as the gateway's fast path needs them: matched in the
 * order Spring Cloud Gateway matches them, each with its service's own circuit breaker and
 * bulkhead, the very instances the route's {@code CircuitBreaker} filter uses.
 *
 * <p>A route is {@link ServiceRoute#plain() plain} when a path is all it matches on and its
 * service's circuit breaker, with the fallback, is all it does. Only a plain route may be proxied
 * outside Spring Cloud Gateway; any other (the import routes, whose bodies stream for a minute,
 * a route that rewrites its path, a route behind default filters) stays on the full chain.
 */
public final class ServiceRoutes {

    private static final String PATH = "Path";
    private static final String CIRCUIT_BREAKER = "CircuitBreaker";
    private static final String RESPONSE_TIMEOUT = "response-timeout";

    private final List<ServiceRoute> routes;

    /**
     * @param definitions the gateway's route definitions
     * @param defaultFilters the gateway's default filters: any at all make every route not plain
     * @param defaultTimeout the response timeout of a route that names none
     */
    ServiceRoutes(List<RouteDefinition> definitions, List<FilterDefinition> defaultFilters, Duration defaultTimeout,
            CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, BulkheadConfig bulkheadConfig) {
        List<ServiceRoute> found = new ArrayList<>();
        // a stable sort: routes of equal order keep their declared order, as Spring Cloud Gateway's do
        definitions.stream().sorted(Comparator.comparingInt(RouteDefinition::getOrder)).forEach(definition -> {
            List<PathPattern> patterns = pathPatterns(definition);
            Optional<String> breaker = breakerWithFallback(definition);
            boolean plain = defaultFilters.isEmpty() && definition.getPredicates().size() == 1 && !patterns.isEmpty()
                && definition.getFilters().size() == 1 && breaker.isPresent();
            String service = String.valueOf(definition.getMetadata().getOrDefault(Routes.SERVICE, definition.getId()));
            found.add(new ServiceRoute(definition.getId(), patterns, plain, service, definition.getUri(),
                timeout(definition.getMetadata(), defaultTimeout), breaker.orElse(null), breakers, bulkheads,
                bulkheadConfig));
        });
        this.routes = List.copyOf(found);
    }

    /** The route Spring Cloud Gateway would take for this path, if it is plain; otherwise empty. */
    public Optional<ServiceRoute> plainRouteFor(PathContainer path) {
        for (ServiceRoute route : routes) {
            if (route.matches(path)) {
                return route.plain() ? Optional.of(route) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The tags Spring Cloud CircuitBreaker gives the breaker and bulkhead it creates for a name. */
    private static Map<String, String> group(String name) {
        return Map.of("group", name);
    }

    private static List<PathPattern> pathPatterns(RouteDefinition definition) {
        return definition.getPredicates().stream()
            .filter(predicate -> PATH.equals(predicate.getName()))
            .map(PredicateDefinition::getArgs)
            .flatMap(args -> args.entrySet().stream())
            // Path's own options (matchTrailingSlash) are not patterns
            .filter(arg -> arg.getKey().startsWith("_genkey_") || arg.getKey().equals("patterns"))
            .map(arg -> PathPatternParser.defaultInstance.parse(arg.getValue()))
            .toList();
    }

    private static Optional<String> breakerWithFallback(RouteDefinition definition) {
        return definition.getFilters().stream()
            .filter(filter -> CIRCUIT_BREAKER.equals(filter.getName()))
            .filter(filter -> filter.getArgs().containsKey("fallbackUri"))
            .map(filter -> filter.getArgs().get("name"))
            .filter(name -> name != null && !name.isBlank())
            .findFirst();
    }

    private static Duration timeout(Map<String, Object> metadata, Duration defaultTimeout) {
        Object millis = metadata.get(RESPONSE_TIMEOUT);
        return millis == null ? defaultTimeout : Duration.ofMillis(Long.parseLong(millis.toString()));
    }

    /**
     * One route.
     *
     * @param uri where the service listens; the request's path and query are appended as received
     * @param breakerName the name of the service's circuit breaker and bulkhead, {@code null} for a route without
     */
    public record ServiceRoute(String id, List<PathPattern> patterns, boolean plain, String service, URI uri,
            Duration responseTimeout, String breakerName, CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads,
            BulkheadConfig bulkheadConfig) {

        /** Whether Spring Cloud Gateway may take this route: a route matching on more than paths may match anything. */
        boolean matches(PathContainer path) {
            if (patterns.isEmpty()) {
                return true;
            }
            for (PathPattern pattern : patterns) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The service's circuit breaker: the one in the registry under its name, as the route's filter finds it
         * on every call, created as the filter would create it if it does not exist yet.
         */
        public CircuitBreaker breaker() {
            return breakers.find(breakerName)
                .orElseGet(() -> breakers.circuitBreaker(breakerName, breakers.getDefaultConfig(), group(breakerName)));
        }

        /** The service's bulkhead, found as {@link #breaker()} is. */
        public Bulkhead bulkhead() {
            return bulkheads.find(breakerName)
                .orElseGet(() -> bulkheads.bulkhead(breakerName, bulkheadConfig, group(breakerName)));
        }
    }
}
