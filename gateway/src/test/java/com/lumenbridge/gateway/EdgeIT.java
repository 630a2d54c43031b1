package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.UpstreamStub;
import com.lumenbridge.gateway.tenancy.application.ApiKeys;
import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyId;
import com.lumenbridge.gateway.tenancy.domain.ApiKeySecret;
import com.lumenbridge.gateway.tenancy.domain.TenantId;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What a partner's request meets at the gateway: authentication, scopes, internal headers, routing. */
class EdgeIT extends GatewayIntegrationTest {

    private static final String UNAUTHENTICATED = "https://problems.lumenbridge.dev/unauthenticated";
    private static final String FORBIDDEN = "https://problems.lumenbridge.dev/forbidden";

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory breakers;

    @Autowired
    GatewayProperties properties;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider bulkheads;

    @Test
    void forwardsAKeysRequestToItsServiceWithAnInternalTokenNamingTheTenant() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = gateway.issueKey(tenant, "catalog:read", "catalog:write");

        HttpProbe.Response response = gateway.get("/api/catalog/search?q=a60&category=bulb", key);

        assertThat(response.status()).isEqualTo(200);
        JsonNode received = response.json();
        assertThat(received.get("path").asText()).isEqualTo("/api/catalog/search");
        assertThat(received.get("query").asText()).isEqualTo("q=a60&category=bulb");
        assertThat(callerSeenByService(received))
            .isEqualTo(new Caller(tenant, TenantKind.MANUFACTURER, Set.of(Scope.CATALOG_READ, Scope.CATALOG_WRITE)));
        assertThat(received.get("headers").has("authorization")).as("the API key stays at the gateway").isFalse();
    }

    @Test
    void neverForwardsInternalHeadersAClientSent() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = gateway.issueKey(tenant, "orders:read");
        String forged = EmbeddedInfrastructure.start().tokenFor(
            new Caller("someone-else", TenantKind.OPERATOR, Set.of(Scope.values())));

        HttpProbe.Response response = gateway.call("GET", "/api/orders/42", key, null,
            Map.of("X-LB-Internal-Token", forged, "X-LB-Anything", "trusted?", "x-lb-tenant", "someone-else"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode headers = response.json().get("headers");
        assertThat(headers.propertyNames()).filteredOn(name -> name.startsWith("x-lb-")).containsExactly("x-lb-internal-token");
        assertThat(callerSeenByService(response.json()))
            .isEqualTo(new Caller(tenant, TenantKind.STOREFRONT, Set.of(Scope.ORDERS_READ)));
    }

    @Test
    void carriesTheCallersW3cTraceToTheService() {
        String tenant = gateway.registerTenant("DEALER");
        String key = gateway.issueKey(tenant, "stores:read");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        HttpProbe.Response response = gateway.call("GET", "/api/stores/s-1", key, null,
            Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(response.status()).isEqualTo(200);
        String forwarded = response.json().get("headers").get("traceparent").get(0).asText();
        assertThat(forwarded).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void refusesARequestWithoutAKey() {
        HttpProbe.Response response = gateway.get("/api/catalog/search", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(UNAUTHENTICATED);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesAnUnknownKeyAndAMalformedHeader() {
        HttpProbe.Response unknown = gateway.get("/api/catalog/search", "lbk_" + "A".repeat(43));
        HttpProbe.Response malformed = gateway.call("GET", "/api/catalog/search", null, null,
            Map.of("Authorization", "Basic dXNlcjpwYXNz"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("type").asText()).isEqualTo(UNAUTHENTICATED);
        assertThat(unknown.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(malformed.status()).isEqualTo(401);
        assertThat(malformed.json().get("type").asText()).isEqualTo(UNAUTHENTICATED);
    }

    @Test
    void refusesAKeyTheMomentItIsRevoked() {
        String tenant = gateway.registerTenant("DEALER");
        HttpProbe.Response issued = gateway.admin("POST", "/api/admin/tenants/" + tenant + "/api-keys",
            "{\"scopes\":[\"stores:read\"]}");
        String key = issued.json().get("apiKey").asText();
        String keyId = issued.json().get("keyId").asText();
        assertThat(gateway.get("/api/stores/nearby", key).status()).isEqualTo(200);

        HttpProbe.Response revoked = gateway.admin("DELETE", "/api/admin/api-keys/" + keyId, null);
        HttpProbe.Response after = gateway.get("/api/stores/nearby", key);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("type").asText()).isEqualTo(UNAUTHENTICATED);
        assertThat(after.json().get("detail").asText()).contains("revoked");
        assertThat(gateway.admin("GET", "/api/admin/tenants/" + tenant + "/api-keys", null)
            .json().get("items").get(0).get("status").asText()).isEqualTo("REVOKED");
        assertThat(gateway.admin("DELETE", "/api/admin/api-keys/" + keyId, null).status())
            .as("revoking again is harmless").isEqualTo(204);
    }

    @Test
    void refusesAnExpiredKey() {
        String tenant = gateway.registerTenant("DEALER");
        ApiKeySecret secret = ApiKeySecret.generate(new SecureRandom());
        Instant issuedAt = Instant.parse("2024-01-01T00:00:00Z");
        apiKeys.add(new ApiKey(ApiKeyId.random(), new TenantId(tenant), TenantKind.DEALER, secret.hash(),
            Set.of(Scope.STORES_READ), issuedAt, issuedAt.plusSeconds(3600), null, ApiKey.Origin.ISSUED));

        HttpProbe.Response response = gateway.get("/api/stores/nearby", secret.value());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asText()).isEqualTo(UNAUTHENTICATED);
        assertThat(response.json().get("detail").asText()).contains("expired");
    }

    @Test
    void refusesAKeyWithoutTheScopeThePathAndMethodNeed() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = gateway.issueKey(tenant, "catalog:read");

        HttpProbe.Response write = gateway.call("POST", "/api/catalog/products", key, "{\"sku\":\"AUR-A60\"}");
        HttpProbe.Response otherArea = gateway.get("/api/orders", key);

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("type").asText()).isEqualTo(FORBIDDEN);
        assertThat(write.json().get("detail").asText()).contains("catalog:write");
        assertThat(otherArea.status()).isEqualTo(403);
        assertThat(otherArea.json().get("detail").asText()).contains("orders:read");
    }

    @Test
    void refusesTheAdminApiToATenantThatIsNotTheOperator() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = gateway.issueKey(tenant, "catalog:read", "catalog:write");

        HttpProbe.Response response = gateway.get("/api/admin/tenants", key);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asText()).isEqualTo(FORBIDDEN);
    }

    @Test
    void answersUnknownPathsWith404ProblemDetails() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = gateway.issueKey(tenant, "catalog:read");

        HttpProbe.Response unknownApi = gateway.get("/api/warehouse/robots", key);
        HttpProbe.Response outsideApi = gateway.get("/nothing-here", null);
        HttpProbe.Response unexposed = gateway.get("/actuator/env", null);

        for (HttpProbe.Response response : new HttpProbe.Response[] {unknownApi, outsideApi, unexposed}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/not-found");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\"error\"");
        }
    }

    @Test
    void answersAWrongMethodWith405ProblemDetails() {
        HttpProbe.Response response = gateway.admin("PUT", "/api/admin/tenants", "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/method-not-allowed");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void answersACorsPreflightWithoutAKey() {
        HttpProbe.Response response = gateway.call("OPTIONS", "/api/orders", null, null, Map.of(
            "Origin", "https://shop.example",
            "Access-Control-Request-Method", "POST",
            "Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST").contains("DELETE");
        assertThat(response.header("Access-Control-Allow-Headers"))
            .containsIgnoringCase("Authorization").containsIgnoringCase("Idempotency-Key");
    }

    @Test
    void letsABrowserReadARefusal() {
        HttpProbe.Response response = gateway.call("GET", "/api/orders", null, null, Map.of("Origin", "https://shop.example"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void waitsForAServiceSlowerThanOneSecondWithinTheRouteTimeout() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = gateway.issueKey(tenant, "catalog:read");

        HttpProbe.Response response = gateway.call("GET", "/api/catalog/search", key, null,
            Map.of(UpstreamStub.DELAY_HEADER, "1500"));

        assertThat(response.status()).as("the circuit breaker's time limiter must not cut it at 1 s").isEqualTo(200);
    }

    /**
     * A burst over a service's concurrency limit (not under it) is shed with 503s, but the service is healthy, so
     * its breaker must stay closed: counting the shed calls as failures kept it open for minutes
     * under a partner's retry storm after a restart (found by the process-kill chaos scenario).
     */
    @Test
    void shedsABurstOverTheConcurrencyLimitWithoutOpeningTheBreaker() throws Exception {
        String tenant = gateway.registerTenant("DEALER");
        String key = gateway.issueKey(tenant, "stores:read");
        int burst = properties.upstream().maxConcurrentCalls() + 15;
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(burst);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < burst; i++) {
            // slow enough that every call of the burst is in flight at once, even on a loaded machine
            answers.add(clients.submit(() -> gateway.call("GET", "/api/stores", key, null,
                Map.of(UpstreamStub.DELAY_HEADER, "5000")).status()));
        }
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.merge(answer.get(), 1, Integer::sum);
        }
        clients.shutdown();

        assertThat(bulkheads.getBulkheadRegistry().bulkhead("stores").getBulkheadConfig().getMaxConcurrentCalls())
            .isEqualTo(properties.upstream().maxConcurrentCalls());
        assertThat(statuses.getOrDefault(503, 0)).as("the bulkhead sheds the calls over its limit: %s", statuses)
            .isBetween(1, 15);
        assertThat(statuses.getOrDefault(200, 0)).as("and admits its limit: %s", statuses)
            .isGreaterThanOrEqualTo(properties.upstream().maxConcurrentCalls());
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("stores").getState())
            .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
        assertThat(gateway.get("/api/stores", key).status()).isEqualTo(200);
    }

    /**
     * A client that hangs up before or while its answer is on the way (a load generator stopping, a
     * browser tab closed) says nothing about the service, so its breaker must not count it as a
     * failure. Which way the hang-up shows depends on timing (a cancel here; an
     * {@code AbortedException} when the answer is written to a connection already closed, which
     * {@code ApiFastPathTest} covers).
     */
    @Test
    void aClientHangingUpIsNoFailureOfTheService() throws Exception {
        String tenant = gateway.registerTenant("DEALER");
        String key = gateway.issueKey(tenant, "stores:read");
        assertThat(gateway.get("/api/stores", key).status()).as("the key is known, so the fast path takes it").isEqualTo(200);
        io.github.resilience4j.circuitbreaker.CircuitBreaker breaker =
            breakers.getCircuitBreakerRegistry().circuitBreaker("stores");
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger succeeded = new java.util.concurrent.atomic.AtomicInteger();
        breaker.getEventPublisher().onError(event -> failed.incrementAndGet());
        breaker.getEventPublisher().onSuccess(event -> succeeded.incrementAndGet());

        long proxiedBefore = proxiedCalls();
        // half hang up once the answer has begun, half before it has
        for (String header : java.util.List.of(UpstreamStub.BODY_DELAY_HEADER, UpstreamStub.DELAY_HEADER)) {
            java.util.List<java.net.Socket> clients = new java.util.ArrayList<>();
            for (int i = 0; i < 25; i++) {
                java.net.Socket client = new java.net.Socket("127.0.0.1", port);
                client.getOutputStream().write(("GET /api/stores HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + key + "\r\n" + header + ": 1500\r\n"
                    // an answer this long is streamed: its status line goes out before its body is whole
                    + UpstreamStub.BODY_BYTES_HEADER + ": 100000\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                clients.add(client);
            }
            for (java.net.Socket client : clients) {
                if (header.equals(UpstreamStub.BODY_DELAY_HEADER)) {
                    String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    assertThat(statusLine).as("the answer has begun").isEqualTo("HTTP/1.1 200 OK");
                }
                client.setSoLinger(true, 0);
                client.close();
            }
        }
        // the answers, or their rest, reach the gateway 1.5 s after the requests, finding their clients gone;
        // each call's verdict is given to the breaker before the call is counted
        org.awaitility.Awaitility.await("the gateway is done with all 50 calls").atMost(java.time.Duration.ofSeconds(20))
            .until(() -> proxiedCalls() >= proxiedBefore + 50);

        assertThat(failed).as("no call counted against the service").hasValue(0);
        assertThat(breaker.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
        assertThat(gateway.get("/api/stores", key).status()).isEqualTo(200);
        assertThat(succeeded).as("the breaker still hears of the service's answers").hasPositiveValue();
    }

    /** Calls the gateway proxied and finished with, on either path, as its metrics count them. */
    private long proxiedCalls() {
        return meters.find("spring.cloud.gateway.requests").timers().stream()
            .mapToLong(io.micrometer.core.instrument.Timer::count).sum();
    }

    @Test
    void answers503AtOnceWhenTheServiceIsDown() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = gateway.issueKey(tenant, "crm:read", "crm:write");

        long started = System.nanoTime();
        HttpProbe.Response read = gateway.get("/api/crm/customers?email=li@example.com", key);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        HttpProbe.Response importing = gateway.call("POST", "/api/crm/imports", key, "{}");

        assertThat(read.status()).isEqualTo(503);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/service-unavailable");
        assertThat(Long.parseLong(read.header("Retry-After"))).isGreaterThanOrEqualTo(1);
        assertThat(elapsedMillis).isLessThan(2000);
        assertThat(importing.status()).as("the import route has no fallbackUri but the same answer").isEqualTo(503);
        assertThat(importing.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/service-unavailable");
        assertThat(importing.header("Retry-After")).isEqualTo(read.header("Retry-After"));
    }
}
