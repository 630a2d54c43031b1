package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.testing.HttpProbe;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The operator's overview endpoint and the two pages, against the stub services of {@link GatewayIntegrationTest}. */
class OpsOverviewIT extends GatewayIntegrationTest {

    private static final String OVERVIEW = "/api/admin/ops/overview";

    @Test
    void refusesACallWithoutAKey() {
        HttpProbe.Response response = gateway.get(OVERVIEW, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/unauthenticated");
    }

    @Test
    void refusesEveryKeyButTheOperators() {
        String dealer = gateway.registerTenant("DEALER");
        String manufacturer = gateway.registerTenant("MANUFACTURER");

        for (String key : new String[] {
                gateway.issueKey(dealer, "stores:read", "inventory:write", "orders:read", "orders:write"),
                gateway.issueKey(manufacturer, "catalog:read", "catalog:write", "crm:read")}) {
            HttpProbe.Response response = gateway.get(OVERVIEW, key);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/forbidden");
        }
    }

    @Test
    void showsTheGatewayFirstThenEveryRoutedServiceWithWhatCouldNotBeRead() {
        String storefront = gateway.registerTenant("STOREFRONT");
        gateway.get("/api/orders/o-1", gateway.issueKey(storefront, "orders:read"));

        HttpProbe.Response response = gateway.admin("GET", OVERVIEW, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        Map<String, JsonNode> services = new HashMap<>();
        response.json().get("services").forEach(service -> services.put(service.get("service").asText(), service));
        assertThat(response.json().get("services").findValuesAsString("service"))
            .containsExactly("gateway", "catalog", "stores", "orders", "crm");

        JsonNode self = services.get("gateway");
        assertThat(self.get("status").asText()).isEqualTo("UP");
        assertThat(self.get("components").get("kafka").asText()).isEqualTo("UP");
        assertThat(self.get("components").get("mongo").asText()).isEqualTo("UP");
        assertThat(self.get("breakers").propertyNames()).as("breakers exist once used").contains("orders");
        assertThat(self.get("breakers").get("orders").asText()).isEqualTo("closed");
        assertThat(self.get("figures").has("lumenbridge_gateway_auth_failures_total")).isTrue();
        assertThat(self.get("outboxBacklog").isNumber()).isTrue();

        JsonNode crm = services.get("crm");
        assertThat(crm.get("status").asText()).as("nothing listens at crm's URL").isEqualTo("UNREACHABLE");
        assertThat(crm.get("problem").asText()).startsWith("Metrics could not be read");

        JsonNode catalog = services.get("catalog");
        assertThat(catalog.get("problem").asText()).as("the stub answers JSON, not metrics")
            .contains("not the Prometheus text format");
    }

    @Test
    void measuresTheGatewaysOwnRequestRateBetweenTwoCalls() throws InterruptedException {
        gateway.admin("GET", OVERVIEW, null);
        Thread.sleep(1100);
        for (int i = 0; i < 5; i++) {
            gateway.get("/api/orders/none", null);
        }

        JsonNode self = gateway.admin("GET", OVERVIEW, null).json().get("services").get(0);

        assertThat(self.get("windowSeconds").asDouble()).isGreaterThan(0);
        assertThat(self.get("requestsPerSecond").asDouble()).isGreaterThan(0);
        assertThat(self.get("latencyMs").get("p99").isNumber()).isTrue();
    }

    @Test
    void servesBothPagesWithoutAKeyUnderAStrictContentSecurityPolicy() {
        for (String page : new String[] {"/ops", "/console"}) {
            HttpProbe.Response html = gateway.get(page, null);
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.header("Content-Type")).startsWith("text/html");
            assertThat(html.header("Content-Security-Policy")).contains("script-src 'self'").contains("connect-src 'self'")
                .doesNotContain("unsafe-inline");
            assertThat(html.body()).contains("<script src=\"" + page + "/");
        }
        assertThat(gateway.get("/ops/ops.js", null).status()).isEqualTo(200);
        assertThat(gateway.get("/console/console.js", null).status()).isEqualTo(200);
        assertThat(gateway.get("/ops/missing.js", null).status()).isEqualTo(404);
        assertThat(gateway.get("/other", null).status()).as("still nothing public outside the listed paths").isEqualTo(404);
    }
}
