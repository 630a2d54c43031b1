package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.tenancy.application.ApiKeys;
import com.lumenbridge.gateway.tenancy.application.BootstrapOperator;
import com.lumenbridge.gateway.tenancy.domain.ApiKeyHash;
import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdminApiIT extends GatewayIntegrationTest {

    private static final String VALIDATION = "https://problems.lumenbridge.dev/validation";
    private static final String NOT_FOUND = "https://problems.lumenbridge.dev/not-found";
    private static final String BAD_REQUEST = "https://problems.lumenbridge.dev/bad-request";

    @Autowired
    BootstrapOperator bootstrap;

    @Autowired
    ApiKeys apiKeys;

    @Test
    void registersATenantAndAnnouncesItOnTheTenantTopic() {
        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants",
            "{\"name\":\"  Aurora Lighting  \",\"kind\":\"MANUFACTURER\"}");

        assertThat(response.status()).isEqualTo(201);
        String id = response.json().get("id").asText();
        assertThat(response.json().get("name").asText()).isEqualTo("Aurora Lighting");
        assertThat(response.json().get("kind").asText()).isEqualTo("MANUFACTURER");
        assertThat(response.header("Location")).isEqualTo("/api/admin/tenants/" + id);

        ConsumerRecord<String, byte[]> event = firstRecordWithKey(Topics.GATEWAY_TENANT, id);
        assertThat(CloudEventHeaders.get(event.headers(), CloudEventHeaders.TYPE))
            .isEqualTo("lumenbridge.gateway.TenantRegistered.v1");
        assertThat(CloudEventHeaders.get(event.headers(), CloudEventHeaders.TENANT_ID)).isEqualTo(id);
        assertThat(CloudEventHeaders.get(event.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/lumenbridge/gateway");
        JsonNode data = JsonMapper.builder().build().readTree(new String(event.value(), StandardCharsets.UTF_8));
        assertThat(data.get("tenantId").asText()).isEqualTo(id);
        assertThat(data.get("name").asText()).isEqualTo("Aurora Lighting");
        assertThat(data.get("kind").asText()).isEqualTo("MANUFACTURER");
    }

    @Test
    void refusesAnInvalidTenantNamingEveryBadField() {
        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants", "{\"name\":\"   \",\"kind\":\"WIZARD\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(VALIDATION);
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "kind");
    }

    @Test
    void refusesATenantNameLongerThan200Characters() {
        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants",
            "{\"name\":\"" + "x".repeat(201) + "\",\"kind\":\"DEALER\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("name");
    }

    @Test
    void refusesANumberWhereTheNameGoesAndRegistersNothing() {
        int before = gateway.admin("GET", "/api/admin/tenants?size=1", null).json().get("total").asInt();

        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants", "{\"name\":12345,\"kind\":\"DEALER\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(gateway.admin("GET", "/api/admin/tenants?size=1", null).json().get("total").asInt()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonWith400() {
        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants", "{\"name\": \"Aurora\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(BAD_REQUEST);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void listsTenantsPageByPageWithTheSizeCapped() {
        for (int i = 0; i < 3; i++) {
            gateway.registerTenant("STOREFRONT");
        }

        HttpProbe.Response firstTwo = gateway.admin("GET", "/api/admin/tenants?page=0&size=2", null);
        HttpProbe.Response capped = gateway.admin("GET", "/api/admin/tenants?size=500", null);

        assertThat(firstTwo.status()).isEqualTo(200);
        assertThat(firstTwo.json().get("items").size()).isEqualTo(2);
        assertThat(firstTwo.json().get("page").asInt()).isZero();
        assertThat(firstTwo.json().get("size").asInt()).isEqualTo(2);
        assertThat(firstTwo.json().get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(capped.json().get("size").asInt()).isEqualTo(100);
        assertThat(capped.json().get("items").size()).isEqualTo((int) Math.min(100, capped.json().get("total").asLong()));
    }

    @Test
    void refusesBadPagingWith400() {
        assertThat(gateway.admin("GET", "/api/admin/tenants?page=-1", null).status()).isEqualTo(400);
        assertThat(gateway.admin("GET", "/api/admin/tenants?size=0", null).status()).isEqualTo(400);
        HttpProbe.Response notANumber = gateway.admin("GET", "/api/admin/tenants?size=lots", null);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("type").asText()).isEqualTo(BAD_REQUEST);
    }

    @Test
    void issuesAKeyThatIsShownOnlyOnce() {
        String tenant = gateway.registerTenant("STOREFRONT");

        HttpProbe.Response issued = gateway.admin("POST", "/api/admin/tenants/" + tenant + "/api-keys",
            "{\"scopes\":[\"orders:write\",\"catalog:read\"],\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        HttpProbe.Response listed = gateway.admin("GET", "/api/admin/tenants/" + tenant + "/api-keys", null);

        assertThat(issued.status()).isEqualTo(201);
        String apiKey = issued.json().get("apiKey").asText();
        String keyId = issued.json().get("keyId").asText();
        assertThat(apiKey).startsWith("lbk_").hasSize(47);
        assertThat(issued.json().get("scopes").toString()).isEqualTo("[\"catalog:read\",\"orders:write\"]");
        assertThat(issued.json().get("expiresAt").asText()).isEqualTo("2099-01-01T00:00:00Z");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items").size()).isEqualTo(1);
        JsonNode key = listed.json().get("items").get(0);
        assertThat(key.get("keyId").asText()).isEqualTo(keyId);
        assertThat(key.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(key.has("apiKey")).isFalse();
        assertThat(key.has("hash")).isFalse();
        assertThat(listed.body()).doesNotContain(apiKey).doesNotContain(ApiKeyHash.of(apiKey).hex());
        assertThat(apiKeys.findByHash(ApiKeyHash.of(apiKey)).orElseThrow().id().value()).isEqualTo(keyId);
    }

    @Test
    void refusesAKeyWithAnUnknownScopeAndAPastExpiryNamingBothFields() {
        String tenant = gateway.registerTenant("DEALER");

        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants/" + tenant + "/api-keys",
            "{\"scopes\":[\"stores:read\",\"teleport\"],\"expiresAt\":\"" + Instant.now().minusSeconds(60) + "\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo(VALIDATION);
        assertThat(fields(response)).containsExactlyInAnyOrder("scopes", "expiresAt");
        assertThat(response.body()).contains("teleport");
    }

    @Test
    void refusesAKeyWithoutScopes() {
        String tenant = gateway.registerTenant("DEALER");

        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants/" + tenant + "/api-keys", "{\"scopes\":[]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("scopes");
    }

    @Test
    void refusesTheAdminScopeForATenantThatIsNotTheOperator() {
        String tenant = gateway.registerTenant("MANUFACTURER");

        HttpProbe.Response response = gateway.admin("POST", "/api/admin/tenants/" + tenant + "/api-keys",
            "{\"scopes\":[\"admin\"]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("scopes");
    }

    @Test
    void answers404ForTheKeysOfAnUnknownTenant() {
        String unknown = UUID.randomUUID().toString();

        HttpProbe.Response issue = gateway.admin("POST", "/api/admin/tenants/" + unknown + "/api-keys",
            "{\"scopes\":[\"catalog:read\"]}");
        HttpProbe.Response list = gateway.admin("GET", "/api/admin/tenants/" + unknown + "/api-keys", null);

        assertThat(issue.status()).isEqualTo(404);
        assertThat(issue.json().get("type").asText()).isEqualTo(NOT_FOUND);
        assertThat(list.status()).isEqualTo(404);
        assertThat(list.json().get("type").asText()).isEqualTo(NOT_FOUND);
    }

    @Test
    void answers404WhenRevokingAnUnknownKey() {
        HttpProbe.Response response = gateway.admin("DELETE", "/api/admin/api-keys/" + UUID.randomUUID(), null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo(NOT_FOUND);
    }

    @Test
    void bootstrapsTheOperatorKeyOnceHoweverOftenItRuns() {
        bootstrap.ensure(OPERATOR_KEY);
        bootstrap.ensure(OPERATOR_KEY);

        HttpProbe.Response keys = gateway.admin("GET",
            "/api/admin/tenants/" + BootstrapOperator.OPERATOR_TENANT.value() + "/api-keys", null);
        HttpProbe.Response operator = gateway.admin("GET",
            "/api/admin/tenants/" + BootstrapOperator.OPERATOR_TENANT.value(), null);

        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().get("items").size()).isEqualTo(1);
        assertThat(keys.json().get("items").get(0).get("scopes").toString()).isEqualTo("[\"admin\"]");
        assertThat(keys.json().get("items").get(0).get("expiresAt").isNull()).isTrue();
        assertThat(operator.json().get("kind").asText()).isEqualTo("OPERATOR");
        assertThat(operator.json().get("name").asText()).isEqualTo("Platform operations");
    }

    private static List<String> fields(HttpProbe.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
            .map(error -> error.get("field").asText())
            .toList();
    }

    private static ConsumerRecord<String, byte[]> firstRecordWithKey(String topic, String key) {
        Map<String, Object> config = Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.start().kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "admin-api-it-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> key.equals(r.key())).findFirst();
            }, Optional::isPresent).orElseThrow();
        }
    }
}
