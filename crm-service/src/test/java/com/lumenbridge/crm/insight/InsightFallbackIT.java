package com.lumenbridge.crm.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.crm.support.Api;
import com.lumenbridge.crm.support.CrmTestContext;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Profiles stored before their insight facts were kept beside them still count, decoded whole. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CrmTestContext.class)
@WithEmbeddedInfrastructure
class InsightFallbackIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    @Test
    void profilesWithoutStoredFactsGiveTheSameInsights() {
        Api api = new Api(port);
        Caller maker = new Caller("maker-" + UUID.randomUUID(), TenantKind.MANUFACTURER, Set.of(Scope.CRM_READ, Scope.CRM_WRITE));
        String job = api.postRaw(maker, "/api/crm/imports", "text/csv", """
            email,tradeAccount,analyticsConsent
            a@example.com,yes,yes
            b@example.com,no,yes
            c@example.com,yes,no
            d@example.com,no,
            """).json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(maker, "/api/crm/imports/" + job).json()
            .get("status").asText().equals("COMPLETED"));
        JsonNode fromFacts = api.get(maker, "/api/crm/insights").json();

        database.getCollection("profiles").updateMany(Filters.eq("tenantId", maker.tenantId()), Updates.unset("insight"));
        JsonNode decodedWhole = api.get(maker, "/api/crm/insights").json();

        assertThat(fromFacts.get("profiles").asLong()).isEqualTo(2);
        assertThat(fromFacts.get("classification").get("PROFESSIONAL").asLong()).isEqualTo(1);
        assertThat(fromFacts.get("classification").get("MASS").asLong()).isEqualTo(1);
        assertThat(decodedWhole).isEqualTo(fromFacts);
    }
}
