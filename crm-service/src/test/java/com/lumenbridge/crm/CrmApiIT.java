package com.lumenbridge.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.crm.support.Api;
import com.lumenbridge.crm.support.Broker;
import com.lumenbridge.crm.support.CrmTestContext;
import com.lumenbridge.crm.support.Events;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.crm.IdentityKeys;
import com.lumenbridge.platform.events.store.VisitRecorded;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CrmTestContext.class)
@WithEmbeddedInfrastructure
class CrmApiIT {

    private static final Set<Scope> CRM = Set.of(Scope.CRM_READ, Scope.CRM_WRITE);
    private static final String VALIDATION = "https://problems.lumenbridge.dev/validation";

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    private Api api;
    private Caller maker;

    @BeforeEach
    void aManufacturer() {
        api = new Api(port);
        maker = new Caller("maker-" + UUID.randomUUID(), TenantKind.MANUFACTURER, CRM);
    }

    private String importOne(Caller caller, String email, String phone) {
        HttpProbe.Response submitted = api.postRaw(caller, "/api/crm/imports", "text/csv",
            "email,phone,name,analyticsConsent,tradeAccount\n" + email + "," + phone + ",Li Wei,yes,no\n");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String job = submitted.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(caller, "/api/crm/imports/" + job).json()
            .get("status").asText().equals("COMPLETED"));
        return api.get(caller, "/api/crm/customers?email=" + email).json().get("items").get(0).get("id").asText();
    }

    private String segment(Caller caller) {
        HttpProbe.Response created = api.post(caller, "/api/crm/segments",
            "{\"name\":\"Everyone\",\"rule\":{\"field\":\"orderCount\",\"op\":\"gte\",\"value\":0}}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void anotherManufacturerAStorefrontAndADealerSeeNothingOfAManufacturersCrm() {
        String customer = importOne(maker, "li@example.com", "+8613800000000");
        String segment = segment(maker);
        String importId = api.postRaw(maker, "/api/crm/imports", "text/csv", "email\nx@example.com\n").json().get("id").asText();
        List<Caller> strangers = List.of(
            new Caller("maker-" + UUID.randomUUID(), TenantKind.MANUFACTURER, CRM),
            new Caller("shop-" + UUID.randomUUID(), TenantKind.STOREFRONT, CRM),
            new Caller("dealer-" + UUID.randomUUID(), TenantKind.DEALER, CRM));

        for (Caller stranger : strangers) {
            for (String path : List.of("/api/crm/customers/" + customer, "/api/crm/customers/" + customer + "/export",
                    "/api/crm/segments/" + segment, "/api/crm/segments/" + segment + "/members",
                    "/api/crm/segments/" + segment + "/members?format=csv", "/api/crm/imports/" + importId,
                    "/api/crm/insights?segment=" + segment)) {
                assertNotFound(api.get(stranger, path), stranger + " GET " + path);
            }
            assertNotFound(api.post(stranger, "/api/crm/customers/" + customer + "/erase", null), stranger + " erase");
            if (stranger.kind() != TenantKind.MANUFACTURER) {
                for (String path : List.of("/api/crm/customers?email=li@example.com", "/api/crm/segments", "/api/crm/insights")) {
                    assertNotFound(api.get(stranger, path), stranger + " GET " + path);
                }
                assertNotFound(api.post(stranger, "/api/crm/segments",
                    "{\"name\":\"x\",\"rule\":{\"field\":\"orderCount\",\"op\":\"gte\",\"value\":0}}"), stranger + " segment");
                assertNotFound(api.postRaw(stranger, "/api/crm/imports", "text/csv", "email\nx@example.com\n"), stranger + " import");
            } else {
                assertThat(api.get(stranger, "/api/crm/customers?email=li@example.com").json().get("total").asInt()).isZero();
                assertThat(api.get(stranger, "/api/crm/insights").json().get("profiles").asInt()).isZero();
            }
        }
        assertThat(api.get(maker, "/api/crm/customers/" + customer).status()).isEqualTo(200);
    }

    @Test
    void aManufacturerKeyWithoutCrmWriteMayReadButNotChange() {
        String customer = importOne(maker, "ro@example.com", "+8613800000009");
        Caller readOnly = new Caller(maker.tenantId(), TenantKind.MANUFACTURER, Set.of(Scope.CRM_READ));

        assertThat(api.get(readOnly, "/api/crm/customers/" + customer).status()).isEqualTo(200);
        HttpProbe.Response erase = api.post(readOnly, "/api/crm/customers/" + customer + "/erase", null);
        assertThat(erase.status()).isEqualTo(403);
        assertThat(erase.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/forbidden");
        assertThat(api.get(maker, "/api/crm/customers/" + customer).json().get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aBadRuleIs422NamingTheClauseAndStoresNothing() {
        HttpProbe.Response response = api.post(maker, "/api/crm/segments", """
            {"name":"Broken","rule":{"and":[{"field":"orderCount","op":"gte","value":3},
                                            {"field":"preferredCctKelvin","op":"approx","value":4000}]}}
            """);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo(VALIDATION);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("rule.and[1].op");
        assertThat(response.json().get("errors").get(0).get("message").asText())
            .startsWith("'approx' is not an operator for preferredCctKelvin");
        assertThat(api.post(maker, "/api/crm/segments", "{\"rule\":{}}").json().get("errors").toString())
            .contains("\"field\":\"name\"");
        HttpProbe.Response malformed = api.post(maker, "/api/crm/segments", "{\"name\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(api.get(maker, "/api/crm/segments").json().get("total").asInt()).isZero();
        assertThat(database.getCollection("segments").countDocuments(Filters.eq("tenantId", maker.tenantId()))).isZero();
    }

    @Test
    void badQueriesAndBadImportsAreRefusedAndWriteNothing() {
        assertThat(api.get(maker, "/api/crm/customers?email=not-an-email").status()).isEqualTo(422);
        assertThat(api.get(maker, "/api/crm/customers?phone=12345").json().get("errors").get(0).get("field").asText())
            .isEqualTo("phone");
        assertThat(api.get(maker, "/api/crm/customers?size=500").status()).isEqualTo(422);
        assertThat(api.get(maker, "/api/crm/customers/no-such-id").status()).isEqualTo(404);

        HttpProbe.Response json = api.post(maker, "/api/crm/imports", "{\"email\":\"a@b.co\"}");
        assertThat(json.status()).isEqualTo(415);
        HttpProbe.Response unknownField = api.postRaw(maker, "/api/crm/imports?map.shoeSize=Size", "text/csv", "email\na@b.co\n");
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(unknownField.json().get("errors").get(0).get("field").asText()).isEqualTo("map.shoeSize");
        HttpProbe.Response missingColumn = api.postRaw(maker, "/api/crm/imports?map.email=E-Mail", "text/csv", "email\na@b.co\n");
        assertThat(missingColumn.json().get("errors").get(0).get("message").asText())
            .isEqualTo("names column 'E-Mail', which the CSV header does not have");
        HttpProbe.Response noIdentity = api.postRaw(maker, "/api/crm/imports", "text/csv", "name\nLi\n");
        assertThat(noIdentity.json().get("errors").get(0).get("field").asText()).isEqualTo("map.email");
        assertThat(api.postRaw(maker, "/api/crm/imports", "text/csv", "").status()).isEqualTo(422);

        assertThat(database.getCollection("imports").countDocuments(Filters.eq("tenantId", maker.tenantId()))).isZero();
        assertThat(database.getCollection("profiles").countDocuments(Filters.eq("tenantId", maker.tenantId()))).isZero();
    }

    @Test
    void exportGivesEverythingHeldAndEraseAnonymisesForGoodAndTellsOtherServices() {
        Instant at = Instant.now().minusSeconds(3600);
        Broker.publish(new VisitRecorded("visit-" + UUID.randomUUID(), "store-1", "dealer-1", List.of(maker.tenantId()), at,
            List.of(), Events.visitor("mei@example.com", "+86 138 0000 0077", "Mei")), maker.tenantId());
        String id;
        {
            List<String> ids = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode items = api.get(maker, "/api/crm/customers?email=MEI@example.com").json().get("items");
                items.forEach(i -> ids.add(i.get("id").asText()));
                return items.size() == 1;
            });
            id = ids.get(ids.size() - 1);
        }

        JsonNode export = api.get(maker, "/api/crm/customers/" + id + "/export").json();
        assertThat(export.get("emails").get(0).asText()).isEqualTo("mei@example.com");
        assertThat(export.get("phones").get(0).asText()).isEqualTo("+8613800000077");
        assertThat(export.get("name").asText()).isEqualTo("Mei");
        assertThat(export.get("consents").get("analytics").get("source").asText()).isEqualTo("STORE");
        assertThat(export.get("history").get("visits").size()).isEqualTo(1);

        HttpProbe.Response erased = api.post(maker, "/api/crm/customers/" + id + "/erase", null);
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("status").asText()).isEqualTo("ERASED");

        assertThat(api.get(maker, "/api/crm/customers/" + id).status()).isEqualTo(404);
        assertThat(api.get(maker, "/api/crm/customers/" + id + "/export").status()).isEqualTo(404);
        assertThat(api.post(maker, "/api/crm/customers/" + id + "/erase", null).status()).isEqualTo(404);
        assertThat(api.get(maker, "/api/crm/customers?email=mei@example.com").json().get("total").asInt()).isZero();
        String stored = database.getCollection("profiles").find(Filters.eq("_id", id)).first().toJson();
        assertThat(stored).doesNotContain("mei@").doesNotContain("8613800000077").doesNotContain("Mei");
        assertThat(database.getCollection("identities").countDocuments(Filters.eq("profileId", id))).isZero();
        var published = Broker.read(Topics.CRM_CUSTOMER, Broker.ofType("lumenbridge.crm.CustomerErased.v1", id), 1);
        assertThat(published).hasSize(1);
        assertThat(Broker.body(published.get(0)))
            .contains(IdentityKeys.emailKey("mei@example.com").orElseThrow())
            .contains(IdentityKeys.phoneKey("+8613800000077").orElseThrow())
            .doesNotContain("mei@example.com");

        // the person comes back: a new profile, nothing of the old one
        String again = importOne(maker, "mei@example.com", "");
        assertThat(again).isNotEqualTo(id);
        assertThat(api.get(maker, "/api/crm/customers/" + again).json().get("derived").get("visitCount").asInt()).isZero();
    }

    private static void assertNotFound(HttpProbe.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).as(what).isEqualTo("https://problems.lumenbridge.dev/not-found");
    }
}
