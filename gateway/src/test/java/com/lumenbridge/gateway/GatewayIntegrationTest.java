package com.lumenbridge.gateway;

import com.lumenbridge.gateway.support.GatewayClient;
import com.lumenbridge.gateway.support.UpstreamStub;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import com.lumenbridge.platform.identity.InternalTokenVerifier;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway on a random port against the embedded Kafka and Mongo, with catalog, stores and
 * orders answered by an {@link UpstreamStub} and crm pointing at a port where nothing listens.
 * Every subclass shares this one Spring context.
 */
@WithEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"lumenbridge.gateway.operator-key=" + GatewayIntegrationTest.OPERATOR_KEY,
        // tests read the warnings each call writes, so none is thinned out (UnavailableLogTest covers thinning)
        "lumenbridge.gateway.unavailable-log.interval=0s"})
abstract class GatewayIntegrationTest {

    static final String OPERATOR_KEY = "lbk_integration-test-operator-key-0123456789";

    static final UpstreamStub SERVICES = UpstreamStub.start();
    private static final String NOWHERE = GatewayClient.deadUrl();

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_SERVICE_URL", SERVICES::url);
        registry.add("STORE_SERVICE_URL", SERVICES::url);
        registry.add("ORDER_SERVICE_URL", SERVICES::url);
        registry.add("CRM_SERVICE_URL", () -> NOWHERE);
    }

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port, OPERATOR_KEY);
    }

    /** The caller named by the internal token the service received, checked as a service checks it. */
    static Caller callerSeenByService(JsonNode echoed) {
        JsonNode tokens = echoed.get("headers").get("x-lb-internal-token");
        if (tokens == null || tokens.size() != 1) {
            throw new AssertionError("The service did not receive exactly one internal token: " + echoed.get("headers"));
        }
        InternalTokenVerifier verifier = new InternalTokenVerifier(
            InternalTokenKeys.publicKey(System.getProperty("lumenbridge.internal-token.public-key")), Clock.systemUTC());
        return verifier.verify(tokens.get(0).asText());
    }
}
