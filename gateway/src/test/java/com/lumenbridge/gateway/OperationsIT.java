package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.edge.InternalTokens;
import com.lumenbridge.platform.testing.HttpProbe;
import org.junit.jupiter.api.Test;

/** What operators and tooling reach without an API key: probes, metrics and the API documents. */
class OperationsIT extends GatewayIntegrationTest {

    @Test
    void isReadyOnlyWithKafkaAndMongoChecked() {
        HttpProbe.Response response = gateway.get("/actuator/health/readiness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
        assertThat(response.json().get("components").get("kafka").get("status").asText()).isEqualTo("UP");
        assertThat(response.json().get("components").get("mongo").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsWithTheGatewayCounters() {
        gateway.get("/api/orders", null);
        String tenant = gateway.registerTenant("STOREFRONT");
        gateway.get("/api/orders/1", gateway.issueKey(tenant, "orders:read"));

        HttpProbe.Response response = gateway.get("/actuator/prometheus", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
            .containsPattern("lumenbridge_gateway_auth_failures_total\\{[^}]*reason=\"missing\"[^}]*\\} [1-9]")
            .containsPattern("lumenbridge_gateway_rate_limited_total\\{[^}]*kind=\"STOREFRONT\"[^}]*\\} ")
            .contains("http_server_requests_seconds_bucket")
            .contains("resilience4j_circuitbreaker_state")
            .contains("lumenbridge_outbox_backlog");
    }

    @Test
    void servesEachServicesApiDocumentAsTheGatewayItself() {
        HttpProbe.Response response = gateway.get("/v3/api-docs/orders", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("path").asText()).isEqualTo("/v3/api-docs");
        assertThat(callerSeenByService(response.json())).isEqualTo(InternalTokens.GATEWAY);
        assertThat(InternalTokens.GATEWAY.tenantId()).isEqualTo("lumenbridge-gateway");
        assertThat(InternalTokens.GATEWAY.scopes()).isEmpty();
    }

    @Test
    void servesItsOwnApiDocumentAndSwaggerUiListingEveryService() {
        HttpProbe.Response document = gateway.get("/v3/api-docs", null);
        HttpProbe.Response swaggerConfig = gateway.get("/v3/api-docs/swagger-config", null);
        HttpProbe.Response ui = gateway.get("/swagger-ui.html", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").has("/api/admin/tenants")).isTrue();
        assertThat(document.json().get("paths").has("/api/admin/api-keys/{keyId}")).isTrue();
        assertThat(document.json().get("components").get("securitySchemes").get("apiKey").get("scheme").asText())
            .isEqualTo("bearer");
        assertThat(swaggerConfig.status()).isEqualTo(200);
        assertThat(swaggerConfig.json().get("urls").findValuesAsString("url")).containsExactlyInAnyOrder(
            "/v3/api-docs", "/v3/api-docs/catalog", "/v3/api-docs/stores", "/v3/api-docs/orders", "/v3/api-docs/crm");
        assertThat(ui.status()).isBetween(300, 399);
        HttpProbe.Response page = gateway.get(ui.header("Location"), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
