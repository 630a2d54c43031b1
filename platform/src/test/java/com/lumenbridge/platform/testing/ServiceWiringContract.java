package com.lumenbridge.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service must show about its wiring, run against the real application on a random
 * port with the embedded Kafka and Mongo. A service's {@code *IT} extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and names its API base path.
 */
@WithEmbeddedInfrastructure
public abstract class ServiceWiringContract {

    @LocalServerPort
    int port;

    private HttpProbe http;
    private final Caller caller = new Caller("tenant-" + UUID.randomUUID(), TenantKind.MANUFACTURER,
        Set.of(Scope.CATALOG_READ, Scope.ORDERS_READ));

    /** The service's API base path, e.g. {@code /api/catalog}. */
    protected abstract String basePath();

    @BeforeEach
    void probe() {
        http = new HttpProbe("http://127.0.0.1:" + port);
    }

    @Test
    void refusesARequestWithoutTheGatewayToken() {
        HttpProbe.Response response = http.get(basePath() + "/whoami", Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/unauthenticated");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        InternalTokenIssuer forger = new InternalTokenIssuer(
            (ECPrivateKey) InternalTokenKeys.generate().getPrivate(), Duration.ofSeconds(60), Clock.systemUTC());

        HttpProbe.Response response = http.get(basePath() + "/whoami",
            Map.of(InternalHeaders.TOKEN, forger.mint(caller)));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesAnExpiredToken() {
        ECPrivateKey key = (ECPrivateKey) EmbeddedInfrastructure.start().tokenKeys().getPrivate();
        InternalTokenIssuer past = new InternalTokenIssuer(key, Duration.ofSeconds(60),
            Clock.fixed(Instant.now().minus(Duration.ofMinutes(5)), ZoneOffset.UTC));

        HttpProbe.Response response = http.get(basePath() + "/whoami", Map.of(InternalHeaders.TOKEN, past.mint(caller)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asText()).contains("expired");
    }

    @Test
    void knowsTheCallerNamedByAValidToken() {
        HttpProbe.Response response = http.get(basePath() + "/whoami",
            Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tenantId").asText()).isEqualTo(caller.tenantId());
        assertThat(response.json().get("kind").asText()).isEqualTo("MANUFACTURER");
        assertThat(response.json().get("scopes").toString()).isEqualTo("[\"catalog:read\",\"orders:read\"]");
    }

    @Test
    void answersAnUnknownPathWithProblemDetails404() {
        HttpProbe.Response response = http.get(basePath() + "/no-such-thing",
            Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller)));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/not-found");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    /** Found by the bad-input chaos scenario: an unparseable multipart body was a 500. */
    @Test
    void answersAMalformedMultipartBodyWith400() {
        HttpProbe.Response response = http.send("POST", basePath() + "/whoami", Map.of(
            InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller),
            "Content-Type", "multipart/form-data"), "email\nli@example.com\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publishesItsOpenApiDocumentOnlyToTheGatewayAndPointsPartnersAtTheGateway() {
        assertThat(http.get("/v3/api-docs", Map.of()).status()).isEqualTo(401);

        HttpProbe.Response response = http.get("/v3/api-docs",
            Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("openapi").asText()).startsWith("3.");
        assertThat(response.json().get("servers").get(0).get("url").asText()).isEqualTo("/");
        assertThat(response.json().get("info").get("title").asText()).startsWith("LumenBridge ");
        // only what a partner sends: not the injected caller, the gateway's token header or Spring's /error
        assertThat(response.json().get("paths").has("/error")).isFalse();
        assertThat(response.body()).doesNotContain("\"caller\"").doesNotContain(InternalHeaders.TOKEN)
            .doesNotContain("#/components/schemas/Caller");
    }

    @Test
    void isReadyOnlyWithKafkaAndMongoChecked() {
        // Boot's own Mongo check fails on the embedded server once any database exists
        try (MongoClient client = MongoClients.create(EmbeddedInfrastructure.start().mongoUri())) {
            client.getDatabase("wiring_probe").getCollection("probe").insertOne(new Document("_id", UUID.randomUUID().toString()));
        }

        HttpProbe.Response response = http.get("/actuator/health/readiness", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
        assertThat(response.json().get("components").get("kafka").get("status").asText()).isEqualTo("UP");
        assertThat(response.json().get("components").get("mongo").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsWithoutAToken() {
        http.get(basePath() + "/whoami", Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller)));

        HttpProbe.Response response = http.get("/actuator/prometheus", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
            .contains("http_server_requests_seconds_bucket")
            .contains("jvm_memory_used_bytes")
            .contains("mongodb_driver_pool_size");
    }
}
