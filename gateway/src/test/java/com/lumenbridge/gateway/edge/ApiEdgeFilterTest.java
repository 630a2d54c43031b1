package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.gateway.GatewayProperties;
import com.lumenbridge.gateway.problem.UpstreamUnavailable;
import com.lumenbridge.gateway.support.MutableClock;
import com.lumenbridge.gateway.tenancy.application.ApiKeys;
import com.lumenbridge.gateway.tenancy.application.AuthenticateApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

class ApiEdgeFilterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));

    @Test
    void answers503InsteadOfWaitingOnAKeyStoreThatDoesNotAnswer() {
        Executor neverRuns = task -> { };
        ApiEdgeFilter filter = filter(new AuthenticateApiKey(new NoKeys(), clock, Duration.ofSeconds(30),
            Duration.ofSeconds(5), neverRuns));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer lbk_some-key"));

        assertThatThrownBy(() -> filter.filter(exchange, passed -> Mono.empty()).block(Duration.ofSeconds(5)))
            .isInstanceOfSatisfying(UpstreamUnavailable.class, unavailable -> {
                assertThat(unavailable.status()).isEqualTo(503);
                assertThat(unavailable.headers()).containsEntry("Retry-After", "5");
            });
    }

    private ApiEdgeFilter filter(AuthenticateApiKey authentication) {
        InternalTokenIssuer issuer = new InternalTokenIssuer(
            (ECPrivateKey) InternalTokenKeys.generate().getPrivate(), Duration.ofSeconds(60), clock);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        return new ApiEdgeFilter(authentication, new TenantRateLimits(new GatewayProperties.RateLimit(10, 10), clock, meters),
            new BodyLimits(new GatewayProperties.BodyLimit(DataSize.ofKilobytes(1), Map.of())),
            new InternalTokens(issuer), Duration.ofMillis(200), Duration.ofSeconds(5), meters);
    }

    /** A key store with no keys; the test above never lets it be asked. */
    private static final class NoKeys implements ApiKeys {

        @Override
        public boolean add(ApiKey key) {
            return false;
        }

        @Override
        public void save(ApiKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ApiKey> find(ApiKeyId id) {
            return Optional.empty();
        }

        @Override
        public Optional<ApiKey> findByHash(ApiKeyHash hash) {
            return Optional.empty();
        }

        @Override
        public List<ApiKey> ofTenant(TenantId tenantId) {
            return List.of();
        }
    }
}
