package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Against a real Reactor Netty server: a call made through a loop's client runs on a connection
 * of that loop, whichever loop's connections are already pooled.
 */
class LoopBoundClientsTest {

    private final LoopResources gatewayLoops = LoopResources.create("test-gateway", 2, true);
    private final ConnectionProvider pool = ConnectionProvider.create("test-shared", 50);
    private DisposableServer service;
    private URI uri;

    @BeforeEach
    void startService() {
        service = HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> response.sendString(Mono.just("ok")))
            .bindNow();
        uri = URI.create("http://127.0.0.1:" + service.port());
    }

    @AfterEach
    void stop() {
        service.disposeNow();
        pool.disposeLater().block(Duration.ofSeconds(5));
        gatewayLoops.disposeLater().block(Duration.ofSeconds(5));
    }

    @Test
    void callsRunOnConnectionsOfTheLoopTheyWereMadeFor() {
        LoopBoundClients clients = new LoopBoundClients(HttpClient.create(pool));
        List<EventLoop> loops = loops(gatewayLoops.onServer(true));
        assertThat(loops).hasSize(2);

        for (int round = 0; round < 3; round++) {
            for (EventLoop loop : loops) {
                // several at once, so a loop's pool holds several connections the other loop might take
                Set<EventLoop> ranOn = new HashSet<>(Flux.range(0, 8)
                    .flatMap(i -> clients.on("catalog", uri, loop).get().uri("/whoami")
                        .responseConnection((answer, connection) -> connection.inbound().receive().then()
                            .thenReturn(connection.channel().eventLoop())))
                    .collectList().block(Duration.ofSeconds(10)));

                assertThat(ranOn).as("round %d, loop %s", round, loop).containsExactly(loop);
            }
        }
    }

    @Test
    void keepsOneClientPerServiceAndLoop() {
        LoopBoundClients clients = new LoopBoundClients(HttpClient.create(pool));
        List<EventLoop> loops = loops(gatewayLoops.onServer(true));

        assertThat(clients.on("catalog", uri, loops.get(0))).isSameAs(clients.on("catalog", uri, loops.get(0)))
            .isNotSameAs(clients.on("catalog", uri, loops.get(1)))
            .isNotSameAs(clients.on("orders", uri, loops.get(0)));
        assertThat(clients.on("catalog", uri, null)).isSameAs(clients.on("catalog", uri, null));
    }

    @Test
    void findsTheLoopARequestCameInOn() {
        List<Boolean> found = new ArrayList<>();
        HttpHandler handler = (request, response) -> {
            EventLoop loop = LoopBoundClients.eventLoopOf(request);
            found.add(loop != null && loop.inEventLoop());
            return response.setComplete();
        };
        DisposableServer front = HttpServer.create().host("127.0.0.1").port(0).runOn(gatewayLoops)
            .handle(new ReactorHttpHandlerAdapter(handler)).bindNow();
        try {
            HttpClient.create(pool).get().uri("http://127.0.0.1:" + front.port() + "/api/catalog/whoami")
                .response().block(Duration.ofSeconds(10));
        } finally {
            front.disposeNow();
        }

        assertThat(found).containsExactly(true);
    }

    @Test
    void findsNoLoopForARequestThatDidNotComeInOnOne() {
        assertThat(LoopBoundClients.eventLoopOf(MockServerHttpRequest.get("/api/catalog/whoami").build())).isNull();
    }

    private static List<EventLoop> loops(EventLoopGroup group) {
        List<EventLoop> loops = new ArrayList<>();
        group.forEach(executor -> loops.add((EventLoop) executor));
        return loops;
    }
}
