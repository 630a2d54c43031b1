package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.problem.PayloadTooLarge;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(new GatewayProperties.BodyLimit(DataSize.ofMegabytes(1), Map.of(
        "/api/catalog/imports/**", DataSize.ofMegabytes(64),
        "/api/crm/imports/**", DataSize.ofMegabytes(64))));

    @Test
    void allowsImportsLargerBodiesThanEverythingElse() {
        assertThat(limits.limitFor(path("/api/catalog/products"))).isEqualTo(1024 * 1024);
        assertThat(limits.limitFor(path("/api/catalog/imports"))).isEqualTo(64L * 1024 * 1024);
        assertThat(limits.limitFor(path("/api/crm/imports/42"))).isEqualTo(64L * 1024 * 1024);
        assertThat(limits.limitFor(path("/api/catalog/importsx"))).isEqualTo(1024 * 1024);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitBeforeReadingIt() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/orders")
            .contentLength(1024 * 1024 + 1).body("{}"));

        assertThatThrownBy(() -> limits.apply(exchange, path("/api/orders"))).isInstanceOf(PayloadTooLarge.class);
    }

    @Test
    void failsAStreamedBodyTheMomentItPassesTheLimit() {
        BodyLimits tiny = new BodyLimits(new GatewayProperties.BodyLimit(DataSize.ofBytes(10), Map.of()));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/orders")
            .body(Flux.just(buffer("123456"), buffer("78901"), buffer("never read"))));

        Flux<DataBuffer> body = tiny.apply(exchange, path("/api/orders")).getRequest().getBody();

        assertThatThrownBy(() -> body.map(DataBuffer::readableByteCount).collectList().block())
            .isInstanceOf(PayloadTooLarge.class);
    }

    @Test
    void passesAStreamedBodyWithinTheLimitUntouched() {
        BodyLimits tiny = new BodyLimits(new GatewayProperties.BodyLimit(DataSize.ofBytes(11), Map.of()));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/orders")
            .body(Flux.just(buffer("123456"), buffer("78901"))));

        Integer read = tiny.apply(exchange, path("/api/orders")).getRequest().getBody()
            .map(DataBuffer::readableByteCount).reduce(0, Integer::sum).block();

        assertThat(read).isEqualTo(11);
    }

    private static PathContainer path(String path) {
        return PathContainer.parsePath(path);
    }

    private static DataBuffer buffer(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
