package com.lumenbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.reservation.application.ReservationService;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithEmbeddedInfrastructure
class StoreApiIT {

    private static final Set<Scope> ALL = Set.of(Scope.STORES_READ, Scope.INVENTORY_WRITE);

    @LocalServerPort
    int port;
    @Autowired
    Partnerships partnerships;
    @Autowired
    ReservationService reservations;

    private HttpProbe http;
    private Caller dealer;
    private Caller otherDealer;
    private String manufacturer;

    @BeforeEach
    void tenants() {
        http = new HttpProbe("http://127.0.0.1:" + port);
        dealer = new Caller("dealer-" + UUID.randomUUID(), TenantKind.DEALER, ALL);
        otherDealer = new Caller("dealer-" + UUID.randomUUID(), TenantKind.DEALER, ALL);
        manufacturer = "maker-" + UUID.randomUUID();
        partnerships.apply(manufacturer, dealer.tenantId(), 1, Partnerships.ACTIVE);
    }

    @Test
    void aDealerRegistersAStoreThatOnlyItCanSee() {
        HttpProbe.Response created = send(dealer, "POST", "/api/stores", storeBody("Lumen Hall", 31.2304, 121.4737));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("type").asText()).isEqualTo("STORE");
        assertThat(created.json().get("manufacturers").get(0).asText()).isEqualTo(manufacturer);
        assertThat(send(dealer, "GET", "/api/stores/" + id, null).status()).isEqualTo(200);
        assertNotFound(send(otherDealer, "GET", "/api/stores/" + id, null));
        assertThat(send(otherDealer, "GET", "/api/stores", null).json().get("total").asInt()).isZero();
        assertThat(send(dealer, "GET", "/api/stores?size=500", null).status()).isEqualTo(422);
    }

    @Test
    void aPartneredStorefrontSeesOnlyTheStoresPublicFace() {
        String id = send(dealer, "POST", "/api/stores", storeBody("Lumen Hall", 31.2304, 121.4737)).json().get("id").asText();
        Caller storefront = new Caller("shop-" + UUID.randomUUID(), TenantKind.STOREFRONT, Set.of(Scope.STORES_READ));
        Caller stranger = new Caller("shop-" + UUID.randomUUID(), TenantKind.STOREFRONT, Set.of(Scope.STORES_READ));
        partnerships.apply(manufacturer, storefront.tenantId(), 1, Partnerships.ACTIVE);

        HttpProbe.Response seen = send(storefront, "GET", "/api/stores/" + id, null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("type").asText()).isEqualTo("STORE");
        assertThat(seen.json().get("manufacturers").get(0).asText()).isEqualTo(manufacturer);
        assertThat(seen.json().get("services").toString()).contains("PICKUP");
        assertThat(seen.json().has("tenantId")).as("the owner stays private").isFalse();
        assertThat(seen.json().has("capacity")).isFalse();
        assertNotFound(send(stranger, "GET", "/api/stores/" + id, null));

        partnerships.apply(manufacturer, dealer.tenantId(), 2, "SUSPENDED");
        assertNotFound(send(storefront, "GET", "/api/stores/" + id, null));
    }

    @Test
    void invalidInputNamesEveryOffendingFieldAndWritesNothing() {
        HttpProbe.Response response = send(dealer, "POST", "/api/stores", """
            {"name":"","type":"WAREHOUSE","address":{"line1":"1 Light St","city":"Shanghai","country":"China"},
             "location":{"lat":91,"lng":121.4},"timeZone":"Mars/Olympus","services":["DISCO"],"manufacturers":["%s"]}
            """.formatted(manufacturer));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/validation");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("name", "address.country", "location.lat", "timeZone", "services[0]");
        assertThat(send(dealer, "GET", "/api/stores", null).json().get("total").asInt()).isZero();

        HttpProbe.Response wrongType = send(dealer, "POST", "/api/stores",
            storeBody("Depot", 31.2, 121.4).replace("\"STORE\"", "\"WAREHOUSE\""));
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("type");

        // found by the bad-input chaos scenario: operator objects where text goes were a 500
        HttpProbe.Response injected = send(dealer, "POST", "/api/stores", storeBody("Depot", 31.2, 121.4)
            .replace("\"closes\":\"18:00\"", "\"closes\":{\"$gt\":\"\"}").replace("\"PICKUP\"", "{\"$ne\":null}"));
        assertThat(injected.status()).isEqualTo(422);
        List<String> injectedFields = new ArrayList<>();
        injected.json().get("errors").forEach(e -> injectedFields.add(e.get("field").asText()));
        assertThat(injectedFields).containsExactlyInAnyOrder("openingHours.MONDAY[0]", "services[1]");
        assertThat(send(dealer, "GET", "/api/stores", null).json().get("total").asInt()).isZero();
    }

    @Test
    void aStoreMayNameOnlyManufacturersItsDealerIsActivelyPartneredWith() {
        HttpProbe.Response response = send(otherDealer, "POST", "/api/stores", storeBody("Elsewhere", 31.2, 121.4));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("manufacturers[0]");
    }

    @Test
    void theOwnerSetsAndAdjustsStockAndNobodyElseCanTouchIt() {
        String id = createStore(dealer, "Lumen Hall", 31.23, 121.47);

        HttpProbe.Response set = send(dealer, "PUT", "/api/stores/" + id + "/inventory/A60-9W", "{\"onHand\":100,\"lowStockThreshold\":20}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).isEqualTo(
            "{\"sku\":\"A60-9W\",\"onHand\":100,\"reserved\":0,\"available\":100,\"lowStockThreshold\":20,\"lowStock\":false}");

        String damaged = "{\"kind\":\"DAMAGED\",\"quantity\":-85,\"reason\":\"dropped pallet\"}";
        Map<String, String> once = Map.of("Idempotency-Key", "adj-1");
        assertThat(send(dealer, "POST", "/api/stores/" + id + "/inventory/A60-9W/adjustments", damaged, once).json()
            .get("onHand").asInt()).isEqualTo(15);
        assertThat(send(dealer, "POST", "/api/stores/" + id + "/inventory/A60-9W/adjustments", damaged, once).json()
            .get("onHand").asInt()).isEqualTo(15);
        HttpProbe.Response wrongSign = send(dealer, "POST", "/api/stores/" + id + "/inventory/A60-9W/adjustments",
            "{\"kind\":\"RECEIVED\",\"quantity\":-1}");
        assertThat(wrongSign.status()).isEqualTo(422);
        assertThat(wrongSign.body()).contains("\"field\":\"quantity\"").contains("\"field\":\"reason\"");

        JsonNode low = send(dealer, "GET", "/api/stores/" + id + "/inventory?lowStock=true", null).json();
        assertThat(low.get("total").asInt()).isEqualTo(1);
        assertThat(low.get("items").get(0).get("available").asInt()).isEqualTo(15);

        reservations.reserve(new ReservationService.NewOrder("o-" + UUID.randomUUID(), "shop", manufacturer,
            Fulfillment.PICKUP, id, List.of(new Line("A60-9W", 10))));
        HttpProbe.Response below = send(dealer, "PUT", "/api/stores/" + id + "/inventory/A60-9W", "{\"onHand\":9}");
        assertThat(below.status()).isEqualTo(409);
        assertThat(below.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/stock-below-reserved");

        assertNotFound(send(otherDealer, "PUT", "/api/stores/" + id + "/inventory/A60-9W", "{\"onHand\":1}"));
        assertNotFound(send(otherDealer, "POST", "/api/stores/" + id + "/inventory/A60-9W/adjustments",
            "{\"kind\":\"RECEIVED\",\"quantity\":1,\"reason\":\"x\"}"));
        assertNotFound(send(otherDealer, "GET", "/api/stores/" + id + "/inventory", null));
        assertNotFound(send(otherDealer, "GET", "/api/stores/" + id + "/inventory/A60-9W", null));
        assertThat(send(dealer, "GET", "/api/stores/" + id + "/inventory/A60-9W", null).json().get("onHand").asInt())
            .isEqualTo(15);
    }

    @Test
    void theLocatorAgreesWithABruteForceDistanceOverTheSameStores() {
        Caller storefront = new Caller("shop-" + UUID.randomUUID(), TenantKind.STOREFRONT, Set.of(Scope.STORES_READ));
        partnerships.apply(manufacturer, storefront.tenantId(), 1, Partnerships.ACTIVE);
        Random random = new Random(42);
        double lat0 = 31.2304;
        double lng0 = 121.4737;
        List<double[]> points = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double lat = lat0 + (random.nextDouble() - 0.5) * 2;
            double lng = lng0 + (random.nextDouble() - 0.5) * 2;
            String id = createStore(dealer, "Store " + i, lat, lng);
            points.add(new double[] {lat, lng});
            ids.add(id);
            if (i % 2 == 0) {
                send(dealer, "PUT", "/api/stores/" + id + "/inventory/SPOT-7W", "{\"onHand\":" + (i % 7) + "}");
            }
        }
        String hidden = createStore(otherDealer, "Not partnered", lat0, lng0);

        for (double radius : new double[] {5, 25, 60}) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                if (haversineKm(lat0, lng0, points.get(i)[0], points.get(i)[1]) <= radius) {
                    expected.add(i);
                }
            }
            expected.sort(Comparator.comparingDouble(i -> haversineKm(lat0, lng0, points.get(i)[0], points.get(i)[1])));
            JsonNode found = send(storefront, "GET", "/api/stores/nearby?lat=" + lat0 + "&lng=" + lng0 + "&radiusKm=" + radius
                + "&size=100", null).json();
            List<String> foundIds = new ArrayList<>();
            found.get("items").forEach(item -> foundIds.add(item.get("id").asText()));
            assertThat(foundIds).as("radius %s", radius).containsExactlyElementsOf(expected.stream().map(ids::get).toList());
            assertThat(foundIds).doesNotContain(hidden);
            for (JsonNode item : found.get("items")) {
                int i = ids.indexOf(item.get("id").asText());
                assertThat(item.get("distanceKm").asDouble())
                    .isCloseTo(haversineKm(lat0, lng0, points.get(i)[0], points.get(i)[1]), org.assertj.core.data.Offset.offset(0.001));
                assertThat(item.has("onHand")).isFalse();
            }

            JsonNode withStock = send(storefront, "GET", "/api/stores/nearby?lat=" + lat0 + "&lng=" + lng0 + "&radiusKm="
                + radius + "&sku=SPOT-7W&qty=3&size=100", null).json();
            List<String> stocked = new ArrayList<>();
            withStock.get("items").forEach(item -> {
                stocked.add(item.get("id").asText());
                assertThat(item.get("available").asInt()).isEqualTo(ids.indexOf(item.get("id").asText()) % 7);
            });
            assertThat(stocked).containsExactlyElementsOf(expected.stream()
                .filter(i -> i % 2 == 0 && i % 7 >= 3).map(ids::get).toList());
        }

        JsonNode ownOnly = send(otherDealer, "GET", "/api/stores/nearby?lat=" + lat0 + "&lng=" + lng0 + "&radiusKm=5", null).json();
        assertThat(ownOnly.get("items")).hasSize(1);
        assertThat(ownOnly.get("items").get(0).get("id").asText()).isEqualTo(hidden);
    }

    @Test
    void theLocatorRefusesBadCoordinatesAndRadiiBeyondTheCap() {
        HttpProbe.Response response = send(dealer, "GET", "/api/stores/nearby?lat=95&lng=200&radiusKm=500", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"lat\"").contains("\"field\":\"lng\"").contains("\"field\":\"radiusKm\"");
        assertThat(send(dealer, "GET", "/api/stores/nearby?lat=abc&lng=1", null).status()).isEqualTo(400);
    }

    private static double haversineKm(double lat1, double lng1, double lat2, double lng2) {
        double r = 6371.0088;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
            + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lng2 - lng1) / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }

    private String createStore(Caller owner, String name, double lat, double lng) {
        if (!owner.equals(dealer)) {
            partnerships.apply(manufacturer + "-other", owner.tenantId(), 1, Partnerships.ACTIVE);
            HttpProbe.Response r = send(owner, "POST", "/api/stores",
                storeBody(name, lat, lng).replace(manufacturer, manufacturer + "-other"));
            assertThat(r.status()).isEqualTo(201);
            return r.json().get("id").asText();
        }
        HttpProbe.Response r = send(owner, "POST", "/api/stores", storeBody(name, lat, lng));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private String storeBody(String name, double lat, double lng) {
        return """
            {"name":"%s","type":"STORE","address":{"line1":"1 Light St","city":"Shanghai","country":"CN"},
             "location":{"lat":%s,"lng":%s},"timeZone":"Asia/Shanghai",
             "openingHours":{"MONDAY":[{"opens":"09:00","closes":"18:00"}]},
             "services":["SHOWROOM","PICKUP"],"manufacturers":["%s"],"slotMinutes":30,"capacity":2}
            """.formatted(name, lat, lng, manufacturer);
    }

    private static void assertNotFound(HttpProbe.Response response) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo("https://problems.lumenbridge.dev/not-found");
    }

    private HttpProbe.Response send(Caller caller, String method, String path, String body) {
        return send(caller, method, path, body, Map.of());
    }

    private HttpProbe.Response send(Caller caller, String method, String path, String body, Map<String, String> extra) {
        Map<String, String> headers = new java.util.HashMap<>(extra);
        headers.put(InternalHeaders.TOKEN, EmbeddedInfrastructure.start().tokenFor(caller));
        return http.send(method, path, headers, body);
    }
}
