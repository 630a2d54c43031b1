package com.lumenbridge.store.location;

import static com.lumenbridge.store.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.reservation.application.ReservationService;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.reservation.persistence.MongoReservations;
import com.lumenbridge.store.support.Api;
import com.lumenbridge.store.support.MutableClock;
import com.lumenbridge.store.support.TimeTravel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TimeTravel.class)
@WithEmbeddedInfrastructure
class StoreLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    Partnerships partnerships;
    @Autowired
    MutableClock clock;
    @Autowired
    ReservationService reservations;
    @Autowired
    MongoReservations reservationDocs;

    private Api api;
    private Caller dealer;
    private Caller otherDealer;
    private String manufacturer;
    private String store;

    @BeforeEach
    void aStoreOfAPartneredDealer() {
        api = new Api(port, clock);
        dealer = Api.dealer();
        otherDealer = Api.dealer();
        manufacturer = "maker-" + UUID.randomUUID();
        partnerships.apply(manufacturer, dealer.tenantId(), 1, Partnerships.ACTIVE);
        store = api.store(dealer, manufacturer, 2);
    }

    @Test
    void theOwnerRevisesItsStoreByTheRulesOfRegistering() {
        String createdAt = get(dealer).json().get("createdAt").asText();
        String revised = Api.storeBody("Lumen Hall Pudong", manufacturer, 4).replace("\"slotMinutes\":30", "\"slotMinutes\":45");

        HttpProbe.Response updated = api.send(dealer, "PUT", "/api/stores/" + store, revised);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode now = get(dealer).json();
        assertThat(now.get("name").asText()).isEqualTo("Lumen Hall Pudong");
        assertThat(now.get("capacity").asInt()).isEqualTo(4);
        assertThat(now.get("slotMinutes").asInt()).isEqualTo(45);
        assertThat(now.get("createdAt").asText()).isEqualTo(createdAt);
        assertThat(now.get("tenantId").asText()).isEqualTo(dealer.tenantId());

        HttpProbe.Response unpartnered = api.send(dealer, "PUT", "/api/stores/" + store,
            Api.storeBody("X", manufacturer, 1).replace(manufacturer, "stranger-maker"));
        HttpProbe.Response retyped = api.send(dealer, "PUT", "/api/stores/" + store,
            Api.storeBody("X", manufacturer, 1).replace("\"STORE\"", "\"WAREHOUSE\""));
        HttpProbe.Response invalid = api.send(dealer, "PUT", "/api/stores/" + store, "{\"name\":\"\",\"capacity\":0}");

        assertProblem(unpartnered, 422, "validation");
        assertThat(Api.fields(unpartnered)).containsExactly("manufacturers[0]");
        assertThat(Api.fields(retyped)).contains("type");
        assertThat(Api.fields(invalid)).contains("name", "type", "address", "location", "timeZone", "capacity");
        assertProblem(api.send(otherDealer, "PUT", "/api/stores/" + store, revised), 404, "not-found");
        assertProblem(api.send(dealer, "PUT", "/api/stores/no-such-store", revised), 404, "not-found");
        assertThat(get(dealer).json().get("name").asText()).isEqualTo("Lumen Hall Pudong");
    }

    @Test
    void aStoreClosesOnlyOnceNothingIsHeldThereAndNoBookingIsToCome() {
        api.send(dealer, "PUT", "/api/stores/" + store + "/inventory/A60-9W", "{\"onHand\":10}");
        String orderId = "o-" + UUID.randomUUID();
        reservations.reserve(new ReservationService.NewOrder(orderId, "shop", manufacturer, Fulfillment.PICKUP, store,
            List.of(new Line("A60-9W", 2))));

        HttpProbe.Response whileHeld = api.send(dealer, "DELETE", "/api/stores/" + store, null);

        assertProblem(whileHeld, 409, "location-in-use");
        assertThat(whileHeld.json().get("detail").asText()).contains("stock is held there");
        assertThat(get(dealer).status()).isEqualTo(200);
        reservations.release(orderId, "CANCELLED");
        HttpProbe.Response booked = api.send(dealer, "POST", "/api/stores/" + store + "/appointments",
            "{\"slotStart\":\"" + Api.at(Api.daysAhead(5), 10, 0) + "\",\"service\":\"SHOWROOM\",\"visitor\":{\"email\":\"a@example.com\"}}");
        assertThat(booked.status()).isEqualTo(201);
        assertProblem(api.send(otherDealer, "DELETE", "/api/stores/" + store, null), 404, "not-found");

        HttpProbe.Response whileBooked = api.send(dealer, "DELETE", "/api/stores/" + store, null);

        assertProblem(whileBooked, 409, "location-in-use");
        assertThat(whileBooked.json().get("detail").asText()).contains("booked appointments are still to come");
        api.send(dealer, "POST", "/api/stores/" + store + "/appointments/" + booked.json().get("id").asText() + "/cancel", null);

        assertThat(api.send(dealer, "DELETE", "/api/stores/" + store, null).status()).isEqualTo(204);

        assertProblem(get(dealer), 404, "not-found");
        assertProblem(api.send(dealer, "DELETE", "/api/stores/" + store, null), 404, "not-found");
        assertProblem(api.send(dealer, "GET", "/api/stores/" + store + "/inventory", null), 404, "not-found");
        assertThat(api.send(dealer, "GET", "/api/stores", null).json().get("total").asInt()).isZero();
        assertThat(api.send(dealer, "GET", "/api/stores/nearby?lat=31.2304&lng=121.4737&radiusKm=5", null).json().get("items"))
            .isEmpty();
        String late = "o-" + UUID.randomUUID();
        reservations.reserve(new ReservationService.NewOrder(late, "shop", manufacturer, Fulfillment.PICKUP, store,
            List.of(new Line("A60-9W", 1))));
        assertThat(reservationDocs.find(late).orElseThrow().reason()).isEqualTo("UNKNOWN_LOCATION");
    }

    @Test
    void theAdjustmentTrailSaysWhoChangedWhatWhenAndWhyNewestFirst() {
        String path = "/api/stores/" + store + "/inventory/A60-9W";
        api.send(dealer, "PUT", path, "{\"onHand\":10}");
        adjust(path, "RECEIVED", 24, "delivery 4711");
        adjust(path, "DAMAGED", -3, "dropped carton");
        adjust(path, "COUNT_CORRECTION", -1, "stocktake");

        JsonNode first = api.send(dealer, "GET", path + "/adjustments?size=2", null).json();
        JsonNode second = api.send(dealer, "GET", path + "/adjustments?size=2&page=1", null).json();

        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        JsonNode newest = first.get("items").get(0);
        assertThat(newest.get("kind").asText()).isEqualTo("COUNT_CORRECTION");
        assertThat(newest.get("quantity").asInt()).isEqualTo(-1);
        assertThat(newest.get("reason").asText()).isEqualTo("stocktake");
        assertThat(newest.get("by").asText()).isEqualTo(dealer.tenantId());
        assertThat(newest.get("at").asText()).isNotBlank();
        assertThat(first.get("items").get(1).get("kind").asText()).isEqualTo("DAMAGED");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("reason").asText()).isEqualTo("delivery 4711");
        assertThat(second.get("items").get(0).get("quantity").asInt()).isEqualTo(24);
        assertProblem(api.send(otherDealer, "GET", path + "/adjustments", null), 404, "not-found");
        assertProblem(api.send(dealer, "GET", "/api/stores/" + store + "/inventory/NOPE/adjustments", null), 404, "not-found");
        assertThat(Api.fields(api.send(dealer, "GET", path + "/adjustments?size=500", null))).containsExactly("size");
    }

    @Test
    void businessCountersAndTheLowStockGaugeAreOnPrometheus() {
        api.send(dealer, "PUT", "/api/stores/" + store + "/inventory/A60-9W", "{\"onHand\":10}");
        api.send(dealer, "POST", "/api/stores/" + store + "/sales", "{\"lines\":[{\"sku\":\"A60-9W\",\"quantity\":1}]}",
            Map.of("Idempotency-Key", "metrics-1"));

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics)
            .contains("lumenbridge_store_reservations_total{outcome=\"reserved\"}")
            .contains("lumenbridge_store_reservations_total{outcome=\"rejected\"}")
            .contains("lumenbridge_store_reservations_total{outcome=\"expired\"}")
            .contains("lumenbridge_store_reservations_total{outcome=\"released\"}")
            .contains("lumenbridge_store_reservations_total{outcome=\"committed\"}")
            .contains("lumenbridge_store_appointments_total{outcome=\"booked\"}")
            .contains("lumenbridge_store_appointments_total{outcome=\"no_show\"}")
            .contains("lumenbridge_store_offline_sales_total{outcome=\"recorded\"}")
            .contains("lumenbridge_store_offline_sales_units_total")
            .contains("lumenbridge_store_visits_total{identified=\"true\"}")
            .contains("lumenbridge_store_inventory_low_stock ");
        assertThat(counter(metrics, "lumenbridge_store_offline_sales_total{outcome=\"recorded\"}")).isGreaterThanOrEqualTo(1);
    }

    private static double counter(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.split(" ")[1]))
            .findFirst().orElseThrow();
    }

    private void adjust(String path, String kind, int quantity, String reason) {
        HttpProbe.Response r = api.send(dealer, "POST", path + "/adjustments",
            "{\"kind\":\"" + kind + "\",\"quantity\":" + quantity + ",\"reason\":\"" + reason + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private HttpProbe.Response get(Caller caller) {
        return api.send(caller, "GET", "/api/stores/" + store, null);
    }
}
