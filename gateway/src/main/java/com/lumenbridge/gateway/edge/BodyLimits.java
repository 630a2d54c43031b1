package com.lumenbridge.gateway.edge;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.problem.PayloadTooLarge;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;

/**
 * The largest request body each path accepts. A declared {@code Content-Length} over the limit is
 * refused before a byte is read; a body without one (chunked) is counted as it streams through and
 * fails with 413 the moment it passes the limit, so nothing ever buffers an unbounded body.
 */
final class BodyLimits {

    private final long defaultLimit;
    private final List<PathLimit> overrides;

    BodyLimits(GatewayProperties.BodyLimit settings) {
        this.defaultLimit = settings.max().toBytes();
        this.overrides = settings.overrides().entrySet().stream()
            .map(e -> new PathLimit(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue().toBytes()))
            // the most specific pattern wins when several match
            .sorted(Comparator.comparing(PathLimit::pattern))
            .toList();
    }

    long limitFor(PathContainer path) {
        for (PathLimit override : overrides) {
            if (override.pattern().matches(path)) {
                return override.bytes();
            }
        }
        return defaultLimit;
    }

    /** The exchange with its body held to the path's limit; throws {@link PayloadTooLarge} at once if declared over it. */
    ServerWebExchange apply(ServerWebExchange exchange, PathContainer path) {
        long limit = limitFor(path);
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            throw new PayloadTooLarge(limit);
        }
        if (declared >= 0) {
            // the HTTP codec never reads past a declared length
            return exchange;
        }
        return exchange.mutate().request(new Counted(exchange.getRequest(), limit)).build();
    }

    private record PathLimit(PathPattern pattern, long bytes) {
    }

    private static final class Counted extends ServerHttpRequestDecorator {

        private final long limit;

        Counted(ServerHttpRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLarge(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
