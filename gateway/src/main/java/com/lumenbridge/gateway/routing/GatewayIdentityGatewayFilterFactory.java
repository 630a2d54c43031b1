package com.lumenbridge.gateway.routing;

import com.lumenbridge.gateway.edge.InternalTokens;
import com.lumenbridge.platform.identity.InternalHeaders;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code GatewayIdentity}: the gateway calls the service as itself, with an internal
 * token naming {@link InternalTokens#GATEWAY}. For public routes that need no API key but lead to
 * services that accept nothing without a token (the OpenAPI documents).
 */
final class GatewayIdentityGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final InternalTokens tokens;

    GatewayIdentityGatewayFilterFactory(InternalTokens tokens) {
        super(Object.class);
        this.tokens = tokens;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> Mono.fromFuture(tokens.forGateway(), true).flatMap(token -> chain.filter(exchange
            .mutate()
            .request(request -> request.headers(headers -> {
                headers.remove(HttpHeaders.AUTHORIZATION);
                headers.set(InternalHeaders.TOKEN, token);
            }))
            .build()));
    }
}
