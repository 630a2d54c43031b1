package com.lumenbridge.store.activity;

import static com.lumenbridge.store.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.Topics;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.support.Api;
import com.lumenbridge.store.support.Broker;
import com.lumenbridge.store.support.MutableClock;
import com.lumenbridge.store.support.TimeTravel;
import com.lumenbridge.store.visit.persistence.Visits;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** What the CRM receives: the exact {@code store.activity.v1} events, read back from the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TimeTravel.class)
@WithEmbeddedInfrastructure
class StoreActivityIT {

    private static final String PREFIX = "lumenbridge.store.";

    @LocalServerPort
    int port;
    @Autowired
    Partnerships partnerships;
    @Autowired
    MongoDatabase database;
    @Autowired
    MutableClock clock;
    @Autowired
    StockLedger stock;

    private Api api;
    private Caller dealer;
    private String aurora;
    private String lumos;
    private String store;
    private LocalDate day;

    @BeforeEach
    void aStoreCarryingTwoManufacturers() {
        api = new Api(port, clock);
        dealer = Api.dealer();
        aurora = "aurora-" + UUID.randomUUID();
        lumos = "lumos-" + UUID.randomUUID();
        partnerships.apply(aurora, dealer.tenantId(), 1, Partnerships.ACTIVE);
        partnerships.apply(lumos, dealer.tenantId(), 1, Partnerships.ACTIVE);
        HttpProbe.Response created = api.send(dealer, "POST", "/api/stores",
            Api.storeBody("Lumen Hall", aurora, 1).replace("\"" + aurora + "\"", "\"" + aurora + "\",\"" + lumos + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        store = created.json().get("id").asText();
        day = Api.daysAhead(2);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void everyAppointmentChangeGoesOutOnceWithTheStoresManufacturersAndTheVisitorOnlyWithConsent() {
        String cancelled = book(Api.at(day, 9, 0), "{\"email\":\"li@example.com\",\"name\":\"Li Wei\",\"recordConsent\":true,"
            + "\"marketingConsent\":true}");
        String attended = book(Api.at(day, 10, 0), "{\"phone\":\"+8613800000000\"}");
        String noShow = book(Api.at(day, 10, 30), "{\"email\":\"wang@example.com\",\"recordConsent\":true,"
            + "\"analyticsConsent\":true}");
        assertProblem(api.send(dealer, "POST", base() + "/appointments", booking(Api.at(day, 10, 0), "{\"email\":\"x@example.com\"}")),
            409, "slot-full");
        assertProblem(api.send(dealer, "POST", base() + "/appointments",
            booking(Api.at(Api.daysAhead(-1), 10, 0), "{\"email\":\"x@example.com\"}")), 422, "validation");
        assertThat(verb(cancelled, "cancel").status()).isEqualTo(200);
        clock.advance(Duration.between(Instant.now(), OffsetDateTime.parse(Api.at(day, 10, 40)).toInstant()));
        assertThat(verb(attended, "attend").status()).isEqualTo(200);
        assertThat(verb(noShow, "no-show").status()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> events = Broker.read(Topics.STORE_ACTIVITY, this::aboutThisStore, 6);

        assertThat(events).extracting(r -> r.key() + " " + type(r)).containsExactlyInAnyOrder(
            cancelled + " AppointmentBooked", attended + " AppointmentBooked", noShow + " AppointmentBooked",
            cancelled + " AppointmentCancelled", attended + " AppointmentAttended", noShow + " AppointmentNoShow");
        JsonNode booked = data(only(events, cancelled, "AppointmentBooked"));
        assertThat(fieldNames(booked)).containsExactly("appointmentId", "storeId", "dealerId", "manufacturerIds", "service",
            "slotStart", "slotEnd", "products", "visitor");
        assertThat(booked.get("appointmentId").asText()).isEqualTo(cancelled);
        assertThat(booked.get("storeId").asText()).isEqualTo(store);
        assertThat(booked.get("dealerId").asText()).isEqualTo(dealer.tenantId());
        assertThat(booked.get("manufacturerIds").toString()).isEqualTo("[\"" + aurora + "\",\"" + lumos + "\"]");
        assertThat(booked.get("service").asText()).isEqualTo("SHOWROOM");
        assertThat(instant(booked, "slotStart")).isEqualTo(OffsetDateTime.parse(Api.at(day, 9, 0)).toInstant());
        assertThat(instant(booked, "slotEnd")).isEqualTo(OffsetDateTime.parse(Api.at(day, 9, 30)).toInstant());
        assertThat(booked.get("products").toString()).isEqualTo("[\"A60-9W\"]");
        assertThat(booked.get("visitor").toString()).isEqualTo("{\"email\":\"li@example.com\",\"phone\":null,\"name\":\"Li Wei\","
            + "\"marketingConsent\":true,\"analyticsConsent\":false}");
        assertThat(data(only(events, attended, "AppointmentBooked")).get("visitor").isNull()).as("no consent, no visitor").isTrue();
        assertThat(data(only(events, noShow, "AppointmentBooked")).get("visitor").get("analyticsConsent").asBoolean()).isTrue();
        ConsumerRecord<String, byte[]> cancel = only(events, cancelled, "AppointmentCancelled");
        assertThat(fieldNames(data(cancel))).containsExactly("appointmentId", "storeId", "dealerId", "slotStart", "occurredAt");
        assertThat(instant(data(cancel), "slotStart")).isEqualTo(OffsetDateTime.parse(Api.at(day, 9, 0)).toInstant());
        assertThat(CloudEventHeaders.get(cancel.headers(), CloudEventHeaders.TENANT_ID)).isEqualTo(dealer.tenantId());
        assertThat(CloudEventHeaders.get(cancel.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(cancelled);
        JsonNode attend = data(only(events, attended, "AppointmentAttended"));
        assertThat(attend.get("dealerId").asText()).isEqualTo(dealer.tenantId());
        assertThat(instant(attend, "occurredAt")).isAfter(instant(attend, "slotStart"));
        assertThat(data(only(events, noShow, "AppointmentNoShow")).get("storeId").asText()).isEqualTo(store);
    }

    @Test
    void aVisitGoesOutWithTheVisitorOnlyWhenTheyConsentedToBeRecorded() {
        HttpProbe.Response known = api.send(dealer, "POST", base() + "/visits", """
            {"visitor":{"email":"li@example.com","name":"Li Wei","recordConsent":true,"analyticsConsent":true},
             "products":["A60-9W","GU10-5W"]}
            """);
        HttpProbe.Response anonymous = api.send(dealer, "POST", base() + "/visits",
            "{\"visitor\":{\"phone\":\"+8613800000000\",\"name\":\"Wang\"}}");

        assertThat(known.status()).as(known.body()).isEqualTo(201);
        assertThat(anonymous.status()).isEqualTo(201);
        assertThat(anonymous.json().get("visitor").isNull()).isTrue();
        Document stored = database.getCollection(Visits.COLLECTION).find(Filters.eq("_id", anonymous.json().get("id").asText()))
            .first();
        assertThat(stored.get("visitor")).as("an unconsented visitor is not kept").isNull();
        List<ConsumerRecord<String, byte[]>> events = Broker.read(Topics.STORE_ACTIVITY, this::aboutThisStore, 2);
        assertThat(events).extracting(StoreActivityIT::type).containsExactly("VisitRecorded", "VisitRecorded");
        JsonNode visit = data(only(events, known.json().get("id").asText(), "VisitRecorded"));
        assertThat(fieldNames(visit)).containsExactly("visitId", "storeId", "dealerId", "manufacturerIds", "visitedAt", "products",
            "visitor");
        assertThat(visit.get("manufacturerIds").toString()).isEqualTo("[\"" + aurora + "\",\"" + lumos + "\"]");
        assertThat(visit.get("products").toString()).isEqualTo("[\"A60-9W\",\"GU10-5W\"]");
        assertThat(visit.get("visitor").toString()).isEqualTo("{\"email\":\"li@example.com\",\"phone\":null,\"name\":\"Li Wei\","
            + "\"marketingConsent\":false,\"analyticsConsent\":true}");
        assertThat(instant(visit, "visitedAt")).isEqualTo(Instant.parse(known.json().get("visitedAt").asText()));
        assertThat(data(only(events, anonymous.json().get("id").asText(), "VisitRecorded")).get("visitor").isNull()).isTrue();
    }

    @Test
    void anOfflineSaleGoesOutOnStoreActivityAndItsStockChangesOnStoreInventory() {
        stock.set(dealer.tenantId(), store, "A60-9W", 10, null);
        HttpProbe.Response sold = api.send(dealer, "POST", base() + "/sales", """
            {"lines":[{"sku":"A60-9W","quantity":3}],"customer":{"email":"li@example.com","recordConsent":true}}
            """, Map.of("Idempotency-Key", "till-1"));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        String saleId = sold.json().get("id").asText();
        api.send(dealer, "POST", base() + "/sales", "{\"lines\":[{\"sku\":\"A60-9W\",\"quantity\":30}]}",
            Map.of("Idempotency-Key", "till-2"));

        List<ConsumerRecord<String, byte[]>> activity = Broker.read(Topics.STORE_ACTIVITY, this::aboutThisStore, 1);

        assertThat(activity).extracting(r -> r.key() + " " + type(r)).containsExactly(saleId + " OfflineSaleRecorded");
        JsonNode sale = data(activity.get(0));
        assertThat(fieldNames(sale)).containsExactly("saleId", "storeId", "dealerId", "manufacturerIds", "soldAt", "lines",
            "customer");
        assertThat(sale.get("dealerId").asText()).isEqualTo(dealer.tenantId());
        assertThat(sale.get("manufacturerIds").toString()).isEqualTo("[\"" + aurora + "\",\"" + lumos + "\"]");
        assertThat(sale.get("lines").toString()).isEqualTo("[{\"sku\":\"A60-9W\",\"quantity\":3}]");
        assertThat(sale.get("customer").toString()).isEqualTo("{\"email\":\"li@example.com\",\"phone\":null,\"name\":null,"
            + "\"marketingConsent\":false,\"analyticsConsent\":false}");
        List<ConsumerRecord<String, byte[]>> changes = Broker.read(Topics.STORE_INVENTORY,
            r -> r.key().equals(store + ":A60-9W") && Broker.body(r).contains("sale-" + saleId), 2);
        assertThat(changes).extracting(r -> {
            JsonNode c = data(r);
            return c.get("cause").asText() + " " + c.get("onHandDelta").asInt() + " " + c.get("reservedDelta").asInt();
        }).containsExactly("RESERVED 0 3", "SOLD -3 -3");
    }

    @Test
    void visitsRefuseBadInputAndStrangersWithNothingStoredOrPublished() {
        Caller otherDealer = Api.dealer();
        String good = "{\"visitor\":{\"email\":\"li@example.com\"}}";

        HttpProbe.Response bad = api.send(dealer, "POST", base() + "/visits",
            "{\"visitor\":{\"email\":\"li@\",\"phone\":\"call me\",\"recordConsent\":\"yes\"},\"products\":[\"\"]}");
        HttpProbe.Response noVisitor = api.send(dealer, "POST", base() + "/visits", "{\"products\":[\"A60-9W\"]}");
        HttpProbe.Response notJson = api.send(dealer, "POST", base() + "/visits", "[]");

        assertProblem(bad, 422, "validation");
        assertThat(Api.fields(bad)).containsExactlyInAnyOrder("visitor.email", "visitor.phone", "visitor.recordConsent",
            "products[0]");
        assertThat(Api.fields(noVisitor)).containsExactly("visitor");
        assertThat(Api.fields(notJson)).containsExactly("body");
        assertProblem(api.send(otherDealer, "POST", base() + "/visits", good), 404, "not-found");
        assertProblem(api.send(dealer, "POST", "/api/stores/no-such-store/visits", good), 404, "not-found");
        assertThat(database.getCollection(Visits.COLLECTION).countDocuments(Filters.eq("storeId", store))).isZero();
        String accepted = api.send(dealer, "POST", base() + "/visits", good).json().get("id").asText();
        assertThat(Broker.read(Topics.STORE_ACTIVITY, this::aboutThisStore, 1)).as("only the accepted visit went out")
            .extracting(ConsumerRecord::key).containsExactly(accepted);
    }

    private boolean aboutThisStore(ConsumerRecord<String, byte[]> record) {
        return Broker.body(record).contains("\"storeId\":\"" + store + "\"");
    }

    private String base() {
        return "/api/stores/" + store;
    }

    private String book(String slotStart, String visitor) {
        HttpProbe.Response created = api.send(dealer, "POST", base() + "/appointments", booking(slotStart, visitor));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String booking(String slotStart, String visitor) {
        return "{\"slotStart\":\"" + slotStart + "\",\"service\":\"SHOWROOM\",\"visitor\":" + visitor
            + ",\"products\":[\"A60-9W\"]}";
    }

    private HttpProbe.Response verb(String id, String verb) {
        return api.send(dealer, "POST", base() + "/appointments/" + id + "/" + verb, null);
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        String type = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
        assertThat(type).startsWith(PREFIX).endsWith(".v1");
        return type.substring(PREFIX.length(), type.length() - 3);
    }

    private static ConsumerRecord<String, byte[]> only(List<ConsumerRecord<String, byte[]>> events, String key, String type) {
        List<ConsumerRecord<String, byte[]>> matching = events.stream().filter(r -> r.key().equals(key) && type(r).equals(type))
            .toList();
        assertThat(matching).as(type + " of " + key).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return Broker.JSON.readTree(record.value());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).asText());
    }
}
