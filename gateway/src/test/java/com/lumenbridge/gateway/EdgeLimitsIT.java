package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.GatewayClient;
import com.lumenbridge.gateway.support.KeepAliveConnection;
import com.lumenbridge.gateway.support.MutableClock;
import com.lumenbridge.gateway.support.UpstreamStub;
import com.lumenbridge.gateway.tenancy.application.IssueApiKey;
import com.lumenbridge.gateway.tenancy.application.RegisterTenant;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's limits, made tiny so tests reach them: 3 requests per tenant refilled at 1 per
 * second on a clock that stands still until the test moves it, 1 KB bodies (4 KB for imports),
 * and routes that give up after 2 s (3 s for imports).
 */
@WithEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lumenbridge.gateway.rate-limit.capacity=3",
    "lumenbridge.gateway.rate-limit.refill-per-second=1",
    "lumenbridge.gateway.body-limit.max=1KB",
    "lumenbridge.gateway.body-limit.overrides.[/api/catalog/imports/**]=4KB",
    "lumenbridge.gateway.body-limit.overrides.[/api/crm/imports/**]=4KB",
    "lumenbridge.gateway.upstream.response-timeout-ms=2000",
    "lumenbridge.gateway.upstream.import-response-timeout-ms=3000"})
class EdgeLimitsIT {

    private static final UpstreamStub SERVICES = UpstreamStub.start();
    private static final String TOO_LARGE = "https://problems.lumenbridge.dev/payload-too-large";
    /** The longest path and query the gateway takes, in characters. */
    private static final int URI_LIMIT = 4096;
    private static final String UNAVAILABLE = "https://problems.lumenbridge.dev/service-unavailable";

    @LocalServerPort
    int port;

    @Autowired
    RegisterTenant registerTenant;

    @Autowired
    IssueApiKey issueApiKey;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    GatewayClient gateway;

    @TestConfiguration
    static class StandingClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now());
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("CATALOG", "STORE", "ORDER", "CRM")) {
            registry.add(service + "_SERVICE_URL", SERVICES::url);
        }
    }

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port, null);
    }

    @Test
    void refusesATenantOverItsRateWith429AndRetryAfter() {
        String key = keyFor("DEALER", "stores:read");
        String otherTenantsKey = keyFor("DEALER", "stores:read");
        double limitedBefore = rateLimited("DEALER");
        double answered429Before = answered(429);

        List<Integer> withinBurst = List.of(status(key), status(key), status(key));
        HttpProbe.Response over = gateway.get("/api/stores/nearby", key);

        assertThat(withinBurst).containsOnly(200);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.contentType()).startsWith("application/problem+json");
        assertThat(over.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/rate-limited");
        assertThat(over.header("Retry-After")).isEqualTo("1");
        assertThat(rateLimited("DEALER") - limitedBefore).isEqualTo(1.0);
        assertThat(status(otherTenantsKey)).as("each tenant has its own bucket").isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));

        assertThat(status(key)).as("one token is back after a second").isEqualTo(200);
        assertThat(status(key)).isEqualTo(429);
        org.awaitility.Awaitility.await("each 429 is counted where dashboards read it, whichever path answered")
            .atMost(Duration.ofSeconds(5)).until(() -> answered(429) - answered429Before == 2.0);
    }

    private double answered(int status) {
        return meters.find("http.server.requests").tag("status", Integer.toString(status)).timers().stream()
            .mapToDouble(io.micrometer.core.instrument.Timer::count).sum();
    }

    @Test
    void refusesADeclaredBodyOverItsPathsLimitWith413() {
        String key = keyFor("MANUFACTURER", "catalog:write");
        String importKey = keyFor("MANUFACTURER", "catalog:write");

        HttpProbe.Response small = gateway.call("POST", "/api/catalog/products", key, json(1000));
        HttpProbe.Response large = gateway.call("POST", "/api/catalog/products", key, json(1025));
        HttpProbe.Response largeImport = gateway.call("POST", "/api/catalog/imports", importKey, json(4000));
        HttpProbe.Response tooLargeImport = gateway.call("POST", "/api/catalog/imports", importKey, json(4097));

        assertThat(small.status()).isEqualTo(200);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.contentType()).startsWith("application/problem+json");
        assertThat(large.json().get("type").asText()).isEqualTo(TOO_LARGE);
        assertThat(large.header("Connection")).as("a body of declared length is drained, not cut off").isNull();
        assertThat(largeImport.status()).isEqualTo(200);
        assertThat(largeImport.json().get("bodyBytes").asLong()).isEqualTo(4000);
        assertThat(tooLargeImport.status()).isEqualTo(413);
        assertThat(tooLargeImport.json().get("type").asText()).isEqualTo(TOO_LARGE);
    }

    @Test
    void keepsTheConnectionUsableAfterRefusingADeclaredBodyOverTheLimit() throws IOException {
        String key = keyFor("MANUFACTURER", "catalog:write", "stores:read");

        try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
            KeepAliveConnection.Answer refused = connection.send("POST", "/api/catalog/products", key,
                json(200_000).getBytes(StandardCharsets.UTF_8));
            KeepAliveConnection.Answer next = connection.send("GET", "/api/stores/nearby", key, null);

            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.body()).contains(TOO_LARGE);
            assertThat(next.status()).as("the next request on the same connection").isEqualTo(200);
        }
    }

    @Test
    void refusesAnOverlongUriWith414ProblemAndKeepsTheConnection() throws IOException {
        String key = keyFor("MANUFACTURER", "catalog:write", "stores:read");
        String longest = "/api/stores/nearby?q=" + "a".repeat(URI_LIMIT - "/api/stores/nearby?q=".length());
        byte[] body = json(900).getBytes(StandardCharsets.UTF_8);

        try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
            KeepAliveConnection.Answer atTheLimit = connection.send("GET", longest, key, null);
            KeepAliveConnection.Answer overWithBody = connection.send("PUT", longest + "a", key, body);
            KeepAliveConnection.Answer farOver = connection.send("DELETE", "/api/stores/" + "A".repeat(20_000), key, null);
            KeepAliveConnection.Answer next = connection.send("GET", "/api/stores/nearby", key, null);

            assertThat(atTheLimit.status()).isEqualTo(200);
            assertThat(overWithBody.status()).isEqualTo(414);
            assertThat(overWithBody.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(overWithBody.body()).contains("https://problems.lumenbridge.dev/uri-too-long")
                .contains(String.valueOf(URI_LIMIT));
            assertThat(overWithBody.headers()).doesNotContainKey("connection");
            assertThat(overWithBody.body()).as("the refused path is not echoed").doesNotContain("aaaa");
            assertThat(farOver.status()).isEqualTo(414);
            assertThat(next.status()).as("the next request on the same connection").isEqualTo(200);
        }
    }

    /**
     * Reactor Netty 1.3.6 stopped reading a keep-alive connection now and then after a request it
     * answered at once, without waiting on anything (reactor/reactor-netty#4347, #4361): the next
     * request on that connection was never answered. Refusals of the edge are such answers. On
     * 1.3.6 this failed in about one round in six.
     */
    @Test
    void answersTheNextRequestOnAConnectionAfterImmediateRefusals() throws IOException {
        String key = keyFor("MANUFACTURER", "stores:read");

        try (KeepAliveConnection connection = new KeepAliveConnection(port)) {
            for (int round = 0; round < 60; round++) {
                clock.advance(Duration.ofSeconds(3));
                KeepAliveConnection.Answer refused = round % 2 == 0
                    ? connection.send("GET", "/api/stores/nearby", "", null)
                    : connection.send("GET", "/api/stores/nearby?q=" + "a".repeat(URI_LIMIT), key, null);
                KeepAliveConnection.Answer next = connection.send("GET", "/api/stores/nearby", key, null);

                assertThat(refused.status()).isIn(401, 414);
                assertThat(next.status()).as("round %d", round).isEqualTo(200);
            }
        }
    }

    @Test
    void refusesAStreamedBodyWithoutLengthOnceItPassesTheLimit() throws Exception {
        String key = keyFor("MANUFACTURER", "catalog:write", "crm:write");

        HttpResponse<String> small = postChunked("/api/crm/imports", key, 3000);
        HttpResponse<String> large = postChunked("/api/catalog/products", key, 2000);
        HttpResponse<String> largeImport = postChunked("/api/crm/imports", key, 6000);

        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("\"bodyBytes\":3000").contains("\"transfer-encoding\":[\"chunked\"]");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains(TOO_LARGE);
        assertThat(largeImport.statusCode()).isEqualTo(413);
        assertThat(largeImport.body()).contains(TOO_LARGE);
    }

    @Test
    void answers503WhenTheServiceIsSlowerThanTheRouteTimeout() {
        String key = keyFor("MANUFACTURER", "catalog:read", "catalog:write");

        long started = System.nanoTime();
        HttpProbe.Response slow = gateway.call("GET", "/api/catalog/search", key, null,
            Map.of(UpstreamStub.DELAY_HEADER, "6000"));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        HttpProbe.Response slowImport = gateway.call("POST", "/api/catalog/imports", key, "{}",
            Map.of(UpstreamStub.DELAY_HEADER, "6000"));

        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.json().get("type").asText()).isEqualTo(UNAVAILABLE);
        assertThat(slow.header("Retry-After")).isEqualTo("5");
        assertThat(elapsedMillis).isBetween(2000L, 5000L);
        assertThat(slowImport.status()).isEqualTo(503);
        assertThat(slowImport.json().get("type").asText()).isEqualTo(UNAVAILABLE);
    }

    /**
     * A short answer is passed on whole, so a service that stops halfway through its body leaves the
     * client a 503 Problem, never a 200 with half a body.
     */
    @Test
    void answers503NotHalfAnAnswerWhenAShortBodyStopsHalfway() {
        String key = keyFor("MANUFACTURER", "catalog:read");
        assertThat(gateway.get("/api/catalog/products/A60", key).status()).as("the key is known, so the fast path takes it")
            .isEqualTo(200);
        double fastBefore = meters.get("lumenbridge.gateway.fast.path.requests").counter().count();

        HttpProbe.Response stalled = gateway.call("GET", "/api/catalog/products/A60", key, null,
            Map.of(UpstreamStub.BODY_DELAY_HEADER, "6000"));

        assertThat(meters.get("lumenbridge.gateway.fast.path.requests").counter().count()).isEqualTo(fastBefore + 1);
        assertThat(stalled.status()).isEqualTo(503);
        assertThat(stalled.contentType()).startsWith("application/problem+json");
        assertThat(stalled.json().get("type").asText()).isEqualTo(UNAVAILABLE);
        assertThat(stalled.header(UpstreamStub.ANSWERED_HEADER)).as("none of the broken answer's headers").isNull();
    }

    private String keyFor(String kind, String... scopes) {
        String tenant = registerTenant.register(kind.toLowerCase(java.util.Locale.ROOT) + " limits tenant", kind).id().value();
        return issueApiKey.issue(tenant, List.of(scopes), null).secret().value();
    }

    private int status(String key) {
        return gateway.get("/api/stores/nearby", key).status();
    }

    private double rateLimited(String kind) {
        return meters.get("lumenbridge.gateway.rate.limited").tag("kind", kind).counter().count();
    }

    private static String json(int bytes) {
        String frame = "{\"padding\":\"\"}";
        return "{\"padding\":\"" + "x".repeat(bytes - frame.length()) + "\"}";
    }

    /** A POST whose body has no declared length, so it travels chunked. */
    private HttpResponse<String> postChunked(String path, String key, int bytes) throws IOException, InterruptedException {
        Flow.Publisher<ByteBuffer> body = HttpRequest.BodyPublishers.ofString(json(bytes));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.fromPublisher(body))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
