package com.lumenbridge.gateway.edge;

import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;

/**
 * The fast path's clients: one per route and per event loop, each with a connection pool of its
 * own on that loop, so a call to a service and its answer run on the loop the request came in on,
 * as nginx serves both sides of a call in one worker.
 *
 * <p>With one pool for all loops, a call often took a connection living on the other loop, and then
 * woke that loop's thread to send, and this one again to hand the answer back. At 1 450 calls/s,
 * the gateway's threads switched 2.6-2.8 times per call with the shared pool and 2.2 with these
 * (2026-11-27, README, gateway benchmark): about the two wakeups a call cannot avoid, one for the
 * request and one for the answer. A loop's pool keeps the shared client's settings, its limits
 * included, so the gateway may hold that many connections per loop.
 *
 * <p>Each client is also bound to its service's address, so each call names only its path: Reactor
 * Netty parses an absolute URI with a regular expression on every request.
 */
final class LoopBoundClients {

    private final HttpClient shared;
    private final Map<Key, HttpClient> clients = new ConcurrentHashMap<>();

    /** @param shared the gateway's client, whose settings (timeouts, pool limits) every bound client keeps */
    LoopBoundClients(HttpClient shared) {
        this.shared = shared;
    }

    /** The client for a call on route {@code routeId}, to its service at {@code uri}, on behalf of {@code request}. */
    HttpClient forCall(String routeId, URI uri, ServerHttpRequest request) {
        return on(routeId, uri, eventLoopOf(request));
    }

    /** The client for route {@code routeId} on {@code loop}; on the shared client's loops when {@code loop} is {@code null}. */
    HttpClient on(String routeId, URI uri, EventLoop loop) {
        return clients.computeIfAbsent(new Key(routeId, loop), key -> {
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            HttpClient bound = shared.remoteAddress(() -> InetSocketAddress.createUnresolved(uri.getHost(), port));
            if (loop != null) {
                // a pool of its own: Reactor Netty keys its pools by the client's settings, its loops among them
                bound = bound.runOn(loop);
            }
            return "https".equalsIgnoreCase(uri.getScheme()) ? bound.secure() : bound;
        });
    }

    /** The event loop of the connection a request came in on; {@code null} when it did not come in on one. */
    static EventLoop eventLoopOf(ServerHttpRequest request) {
        try {
            return ServerHttpRequestDecorator.getNativeRequest(request) instanceof Connection connection
                ? connection.channel().eventLoop() : null;
        } catch (IllegalArgumentException | IllegalStateException notAServerRequest) {
            // a request of no server, or a mock of one
            return null;
        }
    }

    /** @param loop {@code null} for calls not made on behalf of a request on an event loop */
    private record Key(String routeId, EventLoop loop) {
    }
}
