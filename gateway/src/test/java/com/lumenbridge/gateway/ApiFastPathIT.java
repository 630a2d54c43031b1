package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.UpstreamStub;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The fast path: a request whose key the gateway already holds skips the filter chain, and must
 * still forward, refuse, fail and count exactly as the full chain does. The first request with a
 * key always takes the full chain (the key is not cached yet), so each test warms its key first.
 */
class ApiFastPathIT extends GatewayIntegrationTest {

    private static final String UNAVAILABLE = "https://problems.lumenbridge.dev/service-unavailable";

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void forwardsAWarmKeysRequestAsTheFullChainDoes() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = warmKey(tenant, "/api/orders/41", "orders:read");
        String forged = EmbeddedInfrastructure.start().tokenFor(
            new Caller("someone-else", TenantKind.OPERATOR, Set.of(Scope.values())));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        double before = taken();

        HttpProbe.Response response = gateway.call("GET", "/api/orders/42?expand=lines&x=%2F", key, null, Map.of(
            "X-LB-Internal-Token", forged, "x-lb-tenant", "someone-else",
            "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01", "Accept-Language", "de"));

        assertThat(taken()).as("the fast path took it").isEqualTo(before + 1);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode received = response.json();
        assertThat(received.get("method").asText()).isEqualTo("GET");
        assertThat(received.get("path").asText()).isEqualTo("/api/orders/42");
        assertThat(received.get("query").asText()).isEqualTo("expand=lines&x=%2F");
        JsonNode headers = received.get("headers");
        assertThat(headers.has("authorization")).as("the API key stays at the gateway").isFalse();
        assertThat(headers.propertyNames()).filteredOn(name -> name.startsWith("x-lb-")).containsExactly("x-lb-internal-token");
        assertThat(callerSeenByService(received))
            .isEqualTo(new Caller(tenant, TenantKind.STOREFRONT, Set.of(Scope.ORDERS_READ)));
        assertThat(headers.get("traceparent").get(0).asText())
            .startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7").hasSize(55);
        assertThat(headers.get("accept-language").get(0).asText()).isEqualTo("de");
        assertThat(headers.get("host").get(0).asText()).as("the service's host, not the gateway's")
            .isEqualTo(servicesHost());
    }

    @Test
    void forwardsABodyOfDeclaredLength() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = warmKey(tenant, "/api/orders/1", "orders:read", "orders:write");
        String order = "{\"lines\":[{\"sku\":\"A60-806\",\"quantity\":2}],\"fulfilment\":\"PICKUP\"}";
        double before = taken();

        HttpProbe.Response response = gateway.call("POST", "/api/orders", key, order,
            Map.of("Content-Type", "application/json", "Idempotency-Key", "k-1"));

        assertThat(taken()).isEqualTo(before + 1);
        assertThat(response.status()).isEqualTo(200);
        JsonNode received = response.json();
        assertThat(received.get("method").asText()).isEqualTo("POST");
        assertThat(received.get("bodyBytes").asLong()).isEqualTo(order.length());
        assertThat(received.get("headers").get("content-length").get(0).asText()).isEqualTo(Integer.toString(order.length()));
        assertThat(received.get("headers").get("idempotency-key").get(0).asText()).isEqualTo("k-1");
    }

    @Test
    void passesOnAnswersWholeAndStreamedIntact() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = warmKey(tenant, "/api/orders/1", "orders:read");
        double before = taken();

        HttpProbe.Response whole = gateway.call("GET", "/api/orders/5", key, null,
            Map.of(UpstreamStub.BODY_BYTES_HEADER, Integer.toString(60_000)));
        HttpProbe.Response streamed = gateway.call("GET", "/api/orders/6", key, null,
            Map.of(UpstreamStub.BODY_BYTES_HEADER, Integer.toString(300_000)));

        assertThat(taken()).isEqualTo(before + 2);
        for (HttpProbe.Response answer : java.util.List.of(whole, streamed)) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.header("Content-Length")).isEqualTo(Integer.toString(answer.body().length()));
            assertThat(answer.header(UpstreamStub.ANSWERED_HEADER)).as("the service's own headers").isEqualTo("yes");
            assertThat(answer.json().get("path").asText()).startsWith("/api/orders/");
        }
        assertThat(whole.body().length()).isBetween(60_000, 60_100);
        assertThat(streamed.body().length()).isBetween(300_000, 300_100);
    }

    @Test
    void startsANewTraceWhenTheCallerSentNone() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = warmKey(tenant, "/api/orders/1", "orders:read");

        JsonNode first = gateway.get("/api/orders/2", key).json().get("headers");
        JsonNode second = gateway.get("/api/orders/2", key).json().get("headers");

        String one = first.get("traceparent").get(0).asText();
        String other = second.get("traceparent").get(0).asText();
        assertThat(one).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(other).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(one.substring(3, 35)).isNotEqualTo(other.substring(3, 35));
    }

    @Test
    void leavesWhatItIsNotSureOfToTheFullChain() {
        String tenant = gateway.registerTenant("STOREFRONT");
        String key = warmKey(tenant, "/api/orders/1", "orders:read");
        double before = taken();

        HttpProbe.Response lacksScope = gateway.call("POST", "/api/orders", key, "{}", Map.of("Content-Type", "application/json"));
        HttpProbe.Response cors = gateway.call("GET", "/api/orders/3", key, null, Map.of("Origin", "https://shop.example"));
        HttpProbe.Response unknown = gateway.get("/api/orders/3", "lbk_" + "B".repeat(43));
        HttpProbe.Response noRoute = gateway.get("/api/nowhere/3", key);
        HttpProbe.Response admin = gateway.get("/api/admin/tenants", key);

        assertThat(lacksScope.status()).isEqualTo(403);
        assertThat(cors.status()).isEqualTo(200);
        assertThat(cors.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(taken()).as("none of these took the fast path").isEqualTo(before);
    }

    @Test
    void answers503AndOpensTheBreakerWhenTheServiceIsDown() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = warmKey(tenant, "/api/crm/customers", "crm:read");
        CircuitBreaker crm = breakers.getCircuitBreakerRegistry().circuitBreaker("crm");
        crm.reset();
        double before = taken();

        for (int call = 0; call < crm.getCircuitBreakerConfig().getMinimumNumberOfCalls(); call++) {
            HttpProbe.Response failed = gateway.get("/api/crm/customers?email=li@example.com", key);
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.json().get("type").asText()).isEqualTo(UNAVAILABLE);
            assertThat(failed.json().get("instance").asText()).isEqualTo("/api/crm/customers");
            assertThat(failed.header("Retry-After")).isEqualTo("5");
        }
        HttpProbe.Response whileOpen = gateway.get("/api/crm/customers", key);

        assertThat(taken()).isEqualTo(before + crm.getCircuitBreakerConfig().getMinimumNumberOfCalls() + 1);
        // the last failure is recorded once its answer is out, so the breaker may open a moment after the client saw it
        Awaitility.await("the failures the fast path saw open the route's own breaker").atMost(Duration.ofSeconds(5))
            .until(crm::getState, CircuitBreaker.State.OPEN::equals);
        assertThat(whileOpen.status()).isEqualTo(503);
        assertThat(whileOpen.json().get("type").asText()).isEqualTo(UNAVAILABLE);
        crm.reset();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void namesTheTraceAndTenantWhereEitherPathLogsAFailure(CapturedOutput output) {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = gateway.issueKey(tenant, "crm:read");
        String fullChainTrace = "0af7651916cd43dd8448eb211c80319c";
        String fastPathTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        breakers.getCircuitBreakerRegistry().circuitBreaker("crm").reset();

        // a cross-origin call always takes the full chain
        gateway.call("GET", "/api/crm/customers", key, null, Map.of("traceparent", "00-" + fullChainTrace + "-b7ad6b7169203331-01",
            "Origin", "https://shop.example"));
        double before = taken();
        gateway.call("GET", "/api/crm/customers", key, null, Map.of("traceparent", "00-" + fastPathTrace + "-00f067aa0ba902b7-01"));

        assertThat(taken()).isEqualTo(before + 1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
            .filter(line -> line.contains("crm service")).filter(line -> line.contains("tenant=" + tenant)).toList())
            .anySatisfy(line -> assertThat(line).contains("[gateway," + fullChainTrace + ","))
            .anySatisfy(line -> assertThat(line).contains("[gateway," + fastPathTrace + ",").contains("ApiFastPath")));
        breakers.getCircuitBreakerRegistry().circuitBreaker("crm").reset();
    }

    @Test
    void countsItsCallsUnderTheFullChainsMetrics() {
        String tenant = gateway.registerTenant("MANUFACTURER");
        String key = warmKey(tenant, "/api/catalog/search", "catalog:read");
        double served = exported("http_server_requests_seconds_count");
        double routed = exported("spring_cloud_gateway_requests_seconds_count");
        double before = taken();

        for (int call = 0; call < 5; call++) {
            assertThat(gateway.get("/api/catalog/search?q=a60", key).status()).isEqualTo(200);
        }

        assertThat(taken()).isEqualTo(before + 5);
        // The Prometheus registry does not export a timer whose tag keys differ from those of the full chain's
        // timer of that name. Besides the five calls, at most the scrape and the warming call may add one each.
        assertThat(exported("http_server_requests_seconds_count")).isBetween(served + 5, served + 7);
        assertThat(exported("spring_cloud_gateway_requests_seconds_count")).isBetween(routed + 5, routed + 6);
        assertThat(scrape()).contains("lumenbridge_gateway_fast_path_requests_total")
            .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"catalog\"");
    }

    /** The sum of every series of a metric, as Prometheus would scrape it. */
    private double exported(String metric) {
        return scrape().lines()
            .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .sum();
    }

    private String scrape() {
        HttpProbe.Response scrape = gateway.get("/actuator/prometheus", null);
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.body();
    }

    /**
     * A new key for the tenant, used once so that the gateway holds it. That first request takes
     * the full chain unless the key store answered before the fast path looked (a cold JVM).
     */
    private String warmKey(String tenant, String path, String... scopes) {
        String key = gateway.issueKey(tenant, scopes);
        gateway.get(path, key);
        return key;
    }

    private double taken() {
        return meters.get("lumenbridge.gateway.fast.path.requests").counter().count();
    }

    private static String servicesHost() {
        return java.net.URI.create(SERVICES.url()).getAuthority();
    }
}
