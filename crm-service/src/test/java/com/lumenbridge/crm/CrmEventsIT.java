package com.lumenbridge.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.crm.profile.application.ProfileService;
import com.lumenbridge.crm.profile.application.Profiles;
import com.lumenbridge.crm.segment.application.SegmentService;
import com.lumenbridge.crm.segment.application.Segments;
import com.lumenbridge.crm.support.Api;
import com.lumenbridge.crm.support.Broker;
import com.lumenbridge.crm.support.CrmTestContext;
import com.lumenbridge.crm.support.Events;
import com.lumenbridge.crm.support.MutableClock;
import com.lumenbridge.platform.events.IntegrationEvent;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.events.order.FulfillmentType;
import com.lumenbridge.platform.events.order.OrderCancelled;
import com.lumenbridge.platform.events.order.OrderCompleted;
import com.lumenbridge.platform.events.order.OrderConfirmed;
import com.lumenbridge.platform.events.order.OrderDeclined;
import com.lumenbridge.platform.events.order.OrderPlaced;
import com.lumenbridge.platform.events.order.OrderReadyForPickup;
import com.lumenbridge.platform.events.store.AppointmentAttended;
import com.lumenbridge.platform.events.store.AppointmentBooked;
import com.lumenbridge.platform.events.store.AppointmentNoShow;
import com.lumenbridge.platform.events.store.OfflineSaleRecorded;
import com.lumenbridge.platform.events.store.StockLine;
import com.lumenbridge.platform.events.store.VisitRecorded;
import com.lumenbridge.platform.events.store.Visitor;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A realistic stream over the real broker: catalog products, online orders with their status events,
 * appointments, visits, offline sales and a legacy import, for one manufacturer. Every expected value
 * below is worked out by hand from the scenario in the comments, not by the code under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CrmTestContext.class)
@WithEmbeddedInfrastructure
class CrmEventsIT {

    private static final Set<Scope> CRM = Set.of(Scope.CRM_READ, Scope.CRM_WRITE);

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;
    @Autowired
    Profiles profiles;
    @Autowired
    ProfileService profileService;
    @Autowired
    SegmentService segmentService;
    @Autowired
    Segments segments;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void buildsProfilesSegmentsAndInsightsFromOnlineAndOfflineActivityAndALegacyImport() {
        Api api = new Api(port);
        String m = "maker-" + UUID.randomUUID();
        String other = "maker-" + UUID.randomUUID();
        Caller maker = new Caller(m, TenantKind.MANUFACTURER, CRM);
        Caller otherMaker = new Caller(other, TenantKind.MANUFACTURER, CRM);
        String storeA = "store-a-" + UUID.randomUUID();
        String storeB = "store-b-" + UUID.randomUUID();
        Instant base = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);

        // a segment that exists before any activity: its membership must follow the events
        String professionals = created(api.post(maker, "/api/crm/segments",
            "{\"name\":\"Professionals\",\"rule\":{\"field\":\"classification\",\"op\":\"eq\",\"value\":\"PROFESSIONAL\"}}"));

        publish(m, Events.product(m, "BULB-27", "bulb", "MASS", 2700, 450),
            Events.product(m, "PANEL-40", "panel", "MASS", 4000, 3200),
            Events.product(m, "HIGHBAY-50", "high-bay", "PROFESSIONAL", 5000, 15000),
            Events.product(m, "TRACK-30", "track", "PROFESSIONAL", 3000, 6000));
        await().atMost(Duration.ofSeconds(30)).until(() -> database.getCollection("products")
            .countDocuments(Filters.eq("tenantId", m)) == 4);

        // Alice: a delivery of 4 warm bulbs (1800), a pickup of 2 panels at A (6400) after a consultation at A
        OrderPlaced o1 = Events.order(m, FulfillmentType.DELIVERY, null,
            Events.customer("Alice@Example.com", null, "Alice", true), base, "BULB-27", 4, 450);
        OrderPlaced o2 = Events.order(m, FulfillmentType.PICKUP, storeA,
            Events.customer("alice@example.com", null, "Alice", true), base.plusSeconds(60), "PANEL-40", 2, 3200);
        String ap1 = "appt-" + UUID.randomUUID();
        publish(m, o1, new OrderConfirmed(o1.orderId(), "shop-1", m, "wh-1", base.plus(Duration.ofDays(3)), base.plusSeconds(30)),
            o2, new OrderConfirmed(o2.orderId(), "shop-1", m, storeA, base.plus(Duration.ofDays(3)), base.plusSeconds(90)),
            new OrderReadyForPickup(o2.orderId(), "shop-1", m, base.plus(Duration.ofDays(1))),
            new OrderCompleted(o2.orderId(), "shop-1", m, base.plus(Duration.ofDays(2))),
            new AppointmentBooked(ap1, storeA, "dealer-1", List.of(m), "CONSULTATION", base.plus(Duration.ofDays(1)),
                base.plus(Duration.ofDays(1)).plusSeconds(1800), List.of("PANEL-40"),
                Events.visitor("alice@example.com", null, "Alice")),
            new AppointmentAttended(ap1, storeA, "dealer-1", base.plus(Duration.ofDays(1)), base.plus(Duration.ofDays(1))));
        // the same OrderPlaced again under a new ce_id, as a retrying producer would send it
        publish(m, o1);

        // Bob: 24 high-bays delivered, known by phone only; then a visit at B links his email to that phone
        OrderPlaced o3 = Events.order(m, FulfillmentType.DELIVERY, null,
            Events.customer(null, "+86 138 0000 0001", "Bob", true), base.plus(Duration.ofDays(1)), "HIGHBAY-50", 24, 15000);
        publish(m, o3, new OrderConfirmed(o3.orderId(), "shop-1", m, "wh-1", base.plus(Duration.ofDays(9)),
            base.plus(Duration.ofDays(1)).plusSeconds(60)));
        publish(m, new VisitRecorded("visit-" + UUID.randomUUID(), storeB, "dealer-2", List.of(m), base.plus(Duration.ofDays(2)),
            List.of(), Events.visitor("bob@example.com", "+8613800000001", "Bob")));

        // Carol: a reserve-and-try at B she declined (known by email), an offline sale of 3 tracks at B (known by phone)
        OrderPlaced o4 = Events.order(m, FulfillmentType.RESERVE_AND_TRY, storeB,
            Events.customer("carol@example.com", null, "Carol", true), base.plus(Duration.ofDays(2)), "PANEL-40", 1, 3200);
        publish(m, o4, new OrderConfirmed(o4.orderId(), "shop-1", m, storeB, base.plus(Duration.ofDays(4)),
                base.plus(Duration.ofDays(2)).plusSeconds(60)),
            new OrderDeclined(o4.orderId(), "shop-1", m, base.plus(Duration.ofDays(3))));
        String carolByEmail = awaitOne(api, maker, "email=carol@example.com");
        publish(m, new OfflineSaleRecorded("sale-" + UUID.randomUUID(), storeB, "dealer-2", List.of(m),
            base.plus(Duration.ofDays(3)), List.of(new StockLine("TRACK-30", 3)),
            new Visitor(null, "+49 151 12345678", "C.", false, true)));
        String carolByPhone = awaitOne(api, maker, "phone=%2B4915112345678");
        assertThat(carolByPhone).isNotEqualTo(carolByEmail);
        // an appointment with both: the two profiles are one person; the older (by email) survives
        String ap2 = "appt-" + UUID.randomUUID();
        publish(m, new AppointmentBooked(ap2, storeB, "dealer-2", List.of(m), "SHOWROOM", base.plus(Duration.ofDays(5)),
                base.plus(Duration.ofDays(5)).plusSeconds(1800), List.of(),
                Events.visitor("carol@example.com", "+4915112345678", "Carol")),
            new AppointmentNoShow(ap2, storeB, "dealer-2", base.plus(Duration.ofDays(5)), base.plus(Duration.ofDays(5))));

        // Dave: bought 10 panels but never gave analytics consent; Erin: a cancelled pickup and a completed try at A
        OrderPlaced o5 = Events.order(m, FulfillmentType.DELIVERY, null,
            Events.customer("dave@example.com", null, "Dave", null), base, "PANEL-40", 10, 3200);
        OrderPlaced o6 = Events.order(m, FulfillmentType.PICKUP, storeA,
            Events.customer("erin@example.com", null, "Erin", true), base, "BULB-27", 1, 450);
        OrderPlaced o7 = Events.order(m, FulfillmentType.RESERVE_AND_TRY, storeA,
            Events.customer("erin@example.com", null, "Erin", true), base.plus(Duration.ofDays(3)), "PANEL-40", 1, 3200);
        publish(m, o5, new OrderConfirmed(o5.orderId(), "shop-1", m, "wh-1", base.plus(Duration.ofDays(5)), base.plusSeconds(60)),
            o6, new OrderConfirmed(o6.orderId(), "shop-1", m, storeA, base.plus(Duration.ofDays(3)), base.plusSeconds(60)),
            new OrderCancelled(o6.orderId(), "shop-1", m, base.plusSeconds(600)),
            o7, new OrderConfirmed(o7.orderId(), "shop-1", m, storeA, base.plus(Duration.ofDays(5)), base.plus(Duration.ofDays(3))),
            new OrderReadyForPickup(o7.orderId(), "shop-1", m, base.plus(Duration.ofDays(3))),
            new OrderCompleted(o7.orderId(), "shop-1", m, base.plus(Duration.ofDays(4))));

        // Frank visits a store carrying two brands: each brand gets its own profile; an anonymous visit gives nothing
        publish(m, new VisitRecorded("visit-" + UUID.randomUUID(), storeA, "dealer-1", List.of(m, other),
                base.plus(Duration.ofDays(6)), List.of(), Events.visitor("frank@example.com", null, "Frank")),
            new VisitRecorded("visit-" + UUID.randomUUID(), storeA, "dealer-1", List.of(m), base.plus(Duration.ofDays(6)),
                List.of(), null));

        JsonNode carol = awaitProfile(api, maker, "email=carol@example.com", p -> p.get("derived").get("appointmentCount").asInt() == 1
            && p.get("phones").size() == 1 && p.get("derived").get("offlineSales").asInt() == 1);
        assertThat(carol.get("id").asText()).isEqualTo(carolByEmail);
        JsonNode erin = awaitProfile(api, maker, "email=erin@example.com",
            p -> p.get("derived").get("orderCount").asInt() == 1 && p.get("derived").get("channelMix").asText().equals("BOTH"));
        JsonNode alice = awaitProfile(api, maker, "email=alice@example.com",
            p -> p.get("derived").get("orderCount").asInt() == 2 && p.get("derived").get("appointmentCount").asInt() == 1);
        JsonNode bob = awaitProfile(api, maker, "email=bob@example.com",
            p -> p.get("derived").get("visitCount").asInt() == 1 && p.get("derived").get("orderCount").asInt() == 1);
        awaitProfile(api, maker, "email=frank@example.com", p -> true);
        awaitProfile(api, otherMaker, "email=frank@example.com", p -> true);
        awaitProfile(api, maker, "email=dave@example.com", p -> p.get("derived").get("orderCount").asInt() == 1);

        // the merged-away id points to the survivor, and the merge went out on crm.customer.v1
        HttpProbe.Response moved = api.get(maker, "/api/crm/customers/" + carolByPhone);
        assertThat(moved.status()).isEqualTo(308);
        assertThat(moved.header("Location")).isEqualTo("/api/crm/customers/" + carolByEmail);
        assertThat(moved.json().get("mergedInto").asText()).isEqualTo(carolByEmail);
        assertThat(Broker.read(Topics.CRM_CUSTOMER, Broker.ofType("lumenbridge.crm.CustomersMerged.v1", carolByEmail), 1))
            .hasSize(1).first().satisfies(r -> assertThat(Broker.body(r)).contains(carolByPhone).doesNotContain("carol@"));

        // Alice: 2 purchases worth 1800 + 6400 (RFM: bought 8 days ago → 5, 2 purchases → 2, 82.00 → 2); 4 warm bulbs beat 2 neutral panels; A is where she deals in person
        assertThat(alice.get("derived").get("orderValueMinor").asLong()).isEqualTo(8200);
        assertThat(alice.get("derived").get("channelMix").asText()).isEqualTo("BOTH");
        assertThat(alice.get("derived").get("preferredStore").asText()).isEqualTo(storeA);
        assertThat(alice.get("derived").get("preferredCategory").asText()).isEqualTo("bulb");
        assertThat(alice.get("derived").get("preferredCctBand").asText()).isEqualTo("warm");
        assertThat(alice.get("derived").get("preferredPriceBand").asText()).isEqualTo("under-10");
        assertThat(alice.get("classification").get("type").asText()).isEqualTo("MASS");
        assertThat(alice.get("rfm").get("code").asText()).isEqualTo("522");
        // Bob: one profile reached by phone and by email; professional for two reasons
        assertThat(bob.get("phones").get(0).asText()).isEqualTo("+8613800000001");
        assertThat(bob.get("derived").get("orderValueMinor").asLong()).isEqualTo(360_000);
        assertThat(bob.get("classification").get("type").asText()).isEqualTo("PROFESSIONAL");
        assertThat(bob.get("classification").get("reasons").toString())
            .contains("PROFESSIONAL_SKU_SHARE: 100 % of 24 units").contains("PROJECT_QUANTITY: a line of 24 units");
        // Carol after the merge: the sale (3 × 6000 list price), the declined try and the no-show, all at B
        assertThat(carol.get("derived").get("orderCount").asInt()).isEqualTo(1);
        assertThat(carol.get("derived").get("orderValueMinor").asLong()).isEqualTo(18_000);
        assertThat(carol.get("derived").get("preferredStore").asText()).isEqualTo(storeB);
        assertThat(carol.get("classification").get("type").asText()).isEqualTo("PROFESSIONAL");
        assertThat(carol.get("mergedFrom").get(0).asText()).isEqualTo(carolByPhone);
        assertThat(carol.get("consents").get("marketing").get("granted").asBoolean()).isTrue();
        assertThat(erin.get("derived").get("orderValueMinor").asLong()).isEqualTo(3200);

        // the legacy import: Grace (trade account), Alice again (merges), Henry (phone only), two bad rows
        String csv = """
            Customer No,E-Mail,Mobile,Full Name,Trade,Newsletter,Analytics
            G-1,grace@example.com,,Grace Pro,yes,no,yes
            L-2,ALICE@example.com,,Alice,no,yes,
            H-3,,+44 20 7946 0958,Henry,no,,
            X-4,nope,,Bad Email,,,
            X-5,,,Nobody,,,
            """;
        String mapping = "?map.legacyId=" + enc("Customer No") + "&map.email=E-Mail&map.phone=Mobile&map.name="
            + enc("Full Name") + "&map.tradeAccount=Trade&map.marketingConsent=Newsletter&map.analyticsConsent=Analytics";
        JsonNode first = awaitImport(api, maker, api.postRaw(maker, "/api/crm/imports" + mapping, "text/csv", csv));
        assertThat(counts(first)).isEqualTo(List.of(5L, 5L, 2L, 2L, 1L, 0L));
        assertThat(first.get("errors").toString()).contains("{\"row\":4,\"field\":\"email\"")
            .contains("{\"row\":5,\"field\":\"email\",\"message\":\"the row has neither an email nor a phone\"}");
        String aliceVersion = api.get(maker, "/api/crm/customers/" + alice.get("id").asText()).json().get("updatedAt").asText();
        JsonNode second = awaitImport(api, maker, api.postRaw(maker, "/api/crm/imports" + mapping, "text/csv", csv));
        assertThat(counts(second)).isEqualTo(List.of(5L, 5L, 2L, 0L, 0L, 3L));
        assertThat(api.get(maker, "/api/crm/customers/" + alice.get("id").asText()).json().get("updatedAt").asText())
            .isEqualTo(aliceVersion);
        assertThat(api.get(maker, "/api/crm/customers?email=alice@example.com").json().get("total").asInt()).isEqualTo(1);

        // analytics allowed: Alice, Bob, Carol, Erin, Frank, Grace (Dave never said, Henry's row left it blank)
        String recent = created(api.post(maker, "/api/crm/segments", """
            {"name":"Recent omnichannel buyers","rule":{"and":[{"field":"orderCount","op":"gte","value":1},
             {"field":"channelMix","op":"eq","value":"BOTH"},{"field":"lastActivityAt","op":"within","value":"P90D"}]}}
            """));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(maker, "/api/crm/segments/" + recent).json()
            .get("status").asText().equals("READY"));
        assertThat(api.get(maker, "/api/crm/segments/" + professionals).json().get("size").asLong()).isEqualTo(3);
        assertThat(api.get(maker, "/api/crm/segments/" + recent).json().get("size").asLong()).isEqualTo(4);
        assertThat(names(api.get(maker, "/api/crm/segments/" + professionals + "/members").json()))
            .containsExactlyInAnyOrder("Bob", "Carol", "Grace Pro");
        HttpProbe.Response exported = api.get(maker, "/api/crm/segments/" + recent + "/members?format=csv");
        assertThat(exported.contentType()).startsWith("text/csv");
        assertThat(exported.body().lines().toList()).hasSize(5)
            .first().isEqualTo("id,name,email,phone,classification,orderCount,orderValueMinor,lastActivityAt,marketingConsent");
        assertThat(exported.body()).contains("alice@example.com").contains("bob@example.com").contains("carol@example.com")
            .contains("erin@example.com").doesNotContain("dave@");

        JsonNode insights = api.get(maker, "/api/crm/insights").json();
        assertThat(insights.get("profiles").asLong()).isEqualTo(6);
        assertThat(map(insights.get("classification"))).isEqualTo(Map.of("MASS", 3L, "PROFESSIONAL", 3L));
        assertThat(map(insights.get("preferences").get("category")))
            .isEqualTo(Map.of("bulb", 1L, "high-bay", 1L, "track", 1L, "panel", 1L));
        assertThat(map(insights.get("preferences").get("cctBand"))).isEqualTo(Map.of("warm", 2L, "cool", 1L, "neutral", 1L));
        assertThat(map(insights.get("preferences").get("priceBand")))
            .isEqualTo(Map.of("under-10", 1L, "100-250", 1L, "50-100", 1L, "25-50", 1L));
        // purchases: online Alice 2 + Bob 1 + Erin 1, offline Carol's sale
        assertThat(insights.get("channels").get("onlinePurchases").asLong()).isEqualTo(4);
        assertThat(insights.get("channels").get("offlinePurchases").asLong()).isEqualTo(1);
        assertThat(insights.get("channels").get("onlineShare").asDouble()).isEqualTo(0.8);
        assertThat(map(insights.get("channels").get("mix"))).isEqualTo(Map.of("NONE", 1L, "ONLINE", 0L, "OFFLINE", 1L, "BOTH", 4L));
        // Alice's consultation at A led to her pickup there; Carol missed hers at B
        Map<String, String> conversions = new TreeMap<>();
        insights.get("appointmentConversion").forEach(c -> conversions.put(c.get("storeId").asText(),
            c.get("appointments").asLong() + "/" + c.get("converted").asLong() + "/" + c.get("rate").asDouble()));
        assertThat(conversions).isEqualTo(Map.of(storeA, "1/1/1.0", storeB, "1/0/0.0"));
        // tries that ended: Carol declined, Erin bought
        assertThat(insights.get("reserveAndTry").get("closed").asLong()).isEqualTo(2);
        assertThat(insights.get("reserveAndTry").get("rate").asDouble()).isEqualTo(0.5);
        JsonNode proInsights = api.get(maker, "/api/crm/insights?segment=" + professionals).json();
        assertThat(proInsights.get("profiles").asLong()).isEqualTo(3);
        assertThat(map(proInsights.get("classification"))).isEqualTo(Map.of("PROFESSIONAL", 3L));

        String metrics = new HttpProbe("http://127.0.0.1:" + port).get("/actuator/prometheus", Map.of()).body();
        assertThat(metrics).contains("lumenbridge_crm_events_processed_total{outcome=\"applied\",type=\"OrderPlaced\"")
            .contains("lumenbridge_crm_events_processed_total{outcome=\"unidentified\",type=\"VisitRecorded\"")
            .contains("lumenbridge_crm_event_to_profile_delay_seconds{quantile=\"0.99\"")
            .contains("lumenbridge_crm_import_rows_total{outcome=\"unchanged\"")
            .contains("lumenbridge_crm_segment_evaluations_total")
            .contains("lumenbridge_crm_profiles_merged_total");

        // 100 days on, the scheduled recomputation lowers recency and empties the 90-day segment
        clock.advance(Duration.ofDays(100));
        profiles.forEachActiveId(profileService::recompute);
        segmentService.recount();
        // (read directly: the gateway's tokens are minted on the real clock, which the service now thinks is old)
        assertThat(profiles.find(alice.get("id").asText()).orElseThrow().rfm().code()).isEqualTo("322");
        assertThat(segments.find(recent).orElseThrow().size()).isZero();
        assertThat(segments.find(professionals).orElseThrow().size()).isEqualTo(3);
    }

    private static void publish(String tenant, IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            Broker.publish(event, tenant);
        }
    }

    private static String created(HttpProbe.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static String awaitOne(Api api, Caller caller, String query) {
        return awaitProfile(api, caller, query, p -> true).get("id").asText();
    }

    private static JsonNode awaitProfile(Api api, Caller caller, String query, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode items = api.get(caller, "/api/crm/customers?" + query).json().get("items");
            if (items.size() != 1) {
                return false;
            }
            JsonNode full = api.get(caller, "/api/crm/customers/" + items.get(0).get("id").asText()).json();
            found[0] = full;
            return full.has("derived") && ready.test(full);
        });
        return found[0];
    }

    private static JsonNode awaitImport(Api api, Caller caller, HttpProbe.Response submitted) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            job[0] = api.get(caller, "/api/crm/imports/" + id).json();
            return job[0].get("status").asText().equals("COMPLETED");
        });
        return job[0];
    }

    /** rowsTotal, rowsDone, rowsFailed, created, updated, unchanged. */
    private static List<Long> counts(JsonNode job) {
        return List.of(job.get("rowsTotal").asLong(), job.get("rowsDone").asLong(), job.get("rowsFailed").asLong(),
            job.get("created").asLong(), job.get("updated").asLong(), job.get("unchanged").asLong());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }

    private static Map<String, Long> map(JsonNode node) {
        Map<String, Long> map = new TreeMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
