package com.lumenbridge.store.sale;

import static com.lumenbridge.store.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.outbox.Outbox;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import com.lumenbridge.store.StoreServiceApplication;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import com.lumenbridge.store.partner.persistence.Partnerships;
import com.lumenbridge.store.reservation.application.ReservationService;
import com.lumenbridge.store.reservation.domain.Fulfillment;
import com.lumenbridge.store.reservation.domain.Line;
import com.lumenbridge.store.sale.application.OfflineSaleService;
import com.lumenbridge.store.sale.domain.OfflineSale;
import com.lumenbridge.store.sale.domain.SaleLine;
import com.lumenbridge.store.sale.domain.SaleState;
import com.lumenbridge.store.sale.persistence.OfflineSales;
import com.lumenbridge.store.support.Api;
import com.lumenbridge.store.support.MutableClock;
import com.lumenbridge.store.support.TimeTravel;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TimeTravel.class)
@WithEmbeddedInfrastructure
class OfflineSalesIT {

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
    @Autowired
    OfflineSales saleDocs;
    @Autowired
    OfflineSaleService sales;
    @Autowired
    ReservationService reservations;

    private Api api;
    private Caller dealer;
    private String manufacturer;
    private String store;

    @BeforeEach
    void aStoreWithStock() {
        api = new Api(port, clock);
        dealer = Api.dealer();
        manufacturer = "maker-" + UUID.randomUUID();
        partnerships.apply(manufacturer, dealer.tenantId(), 1, Partnerships.ACTIVE);
        store = api.store(dealer, manufacturer, 2);
        stock.set(dealer.tenantId(), store, "A60-9W", 10, null);
        stock.set(dealer.tenantId(), store, "GU10-5W", 2, null);
    }

    @Test
    void aSaleSellsEveryLineAndTheStockLeaves() {
        HttpProbe.Response sold = sell("sale-1", """
            {"lines":[{"sku":"A60-9W","quantity":3},{"sku":"GU10-5W","quantity":2}],
             "customer":{"phone":"+8613800000000","recordConsent":true,"analyticsConsent":true}}
            """);

        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        assertThat(sold.json().get("status").asText()).isEqualTo("RECORDED");
        assertThat(sold.json().get("lines").toString()).isEqualTo(
            "[{\"sku\":\"A60-9W\",\"quantity\":3},{\"sku\":\"GU10-5W\",\"quantity\":2}]");
        assertLevel("A60-9W", 7, 0);
        assertLevel("GU10-5W", 0, 0);
        assertThat(saleDocs.find(store, "sale-1").orElseThrow().state()).isEqualTo(SaleState.RECORDED);
    }

    @Test
    void aSaleWithOneShortLineSellsNothingAndNamesTheShortLine() {
        HttpProbe.Response refused = sell("sale-2", """
            {"lines":[{"sku":"A60-9W","quantity":3},{"sku":"GU10-5W","quantity":5},{"sku":"NEVER-STOCKED","quantity":1}]}
            """);

        assertProblem(refused, 409, "insufficient-stock");
        assertThat(refused.json().get("shortLines").toString()).isEqualTo(
            "[{\"sku\":\"GU10-5W\",\"requested\":5,\"available\":2},{\"sku\":\"NEVER-STOCKED\",\"requested\":1,\"available\":0}]");
        assertThat(refused.json().get("detail").asText()).contains("only 2 of 5 units of 'GU10-5W' are available");
        assertLevel("A60-9W", 10, 0);
        assertLevel("GU10-5W", 2, 0);
        Document doc = database.getCollection(OfflineSales.COLLECTION).find(Filters.eq("saleId",
            saleDocs.find(store, "sale-2").orElseThrow().id())).first();
        assertThat(doc.getString("state")).isEqualTo("REFUSED");
        assertThat(doc.getBoolean("settled")).isTrue();
        assertThat(doc.getList(Outbox.FIELD, Document.class)).as("a refused sale publishes nothing").isEmpty();
    }

    @Test
    void aRetriedSaleIsRecordedOnceAndTheKeyCannotBeReusedForAnotherSale() {
        String body = "{\"lines\":[{\"sku\":\"A60-9W\",\"quantity\":4}]}";
        HttpProbe.Response first = sell("till-7-0001", body);

        HttpProbe.Response retry = sell("till-7-0001", body);
        HttpProbe.Response other = sell("till-7-0001", "{\"lines\":[{\"sku\":\"A60-9W\",\"quantity\":5}]}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertProblem(other, 409, "idempotency-key-reused");
        assertLevel("A60-9W", 6, 0);
        assertThat(database.getCollection(OfflineSales.COLLECTION).countDocuments(Filters.eq("storeId", store))).isEqualTo(1);
    }

    @Test
    void concurrentSalesSellOnlyWhatIsAvailableBesideWhatOrdersHold() throws Exception {
        stock.set(dealer.tenantId(), store, "PANEL-40W", 7, null);
        reservations.reserve(new ReservationService.NewOrder("o-" + UUID.randomUUID(), "shop", manufacturer, Fulfillment.PICKUP,
            store, List.of(new Line("PANEL-40W", 2))));

        List<HttpProbe.Response> answers = race(20, i -> sell("race-" + i, "{\"lines\":[{\"sku\":\"PANEL-40W\",\"quantity\":1}]}"));

        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(5);
        assertThat(answers.stream().filter(r -> r.status() != 201))
            .hasSize(15).allSatisfy(r -> assertProblem(r, 409, "insufficient-stock"));
        assertLevel("PANEL-40W", 2, 2);
        Document level = inventoryDoc("PANEL-40W");
        assertThat(level.getInteger("available")).isZero();
        assertThat(level.get("holds", Document.class)).hasSize(1);
    }

    @Test
    void aSaleInterruptedAfterItsFirstLineIsFinishedOrRolledBackByRecovery() {
        stock.set(dealer.tenantId(), store, "STRIP-5M", 4, null);
        OfflineSale finishes = crashAfterFirstLine("crash-1", new SaleLine("A60-9W", 2), new SaleLine("STRIP-5M", 1));
        OfflineSale rollsBack = crashAfterFirstLine("crash-2", new SaleLine("STRIP-5M", 2), new SaleLine("GU10-5W", 9));
        assertLevel("A60-9W", 10, 2);
        assertLevel("STRIP-5M", 4, 2);

        assertThat(sales.recover(Duration.ZERO)).isEqualTo(2);

        assertThat(saleDocs.find(store, "crash-1").orElseThrow().state()).isEqualTo(SaleState.RECORDED);
        assertThat(saleDocs.find(store, "crash-2").orElseThrow().state()).isEqualTo(SaleState.REFUSED);
        assertLevel("A60-9W", 8, 0);
        assertLevel("STRIP-5M", 3, 0);
        assertLevel("GU10-5W", 2, 0);
        assertThat(inventoryDoc("STRIP-5M").get("holds", Document.class)).doesNotContainKeys(finishes.holder(), rollsBack.holder());
        assertThat(sell("crash-1", "{\"lines\":[{\"sku\":\"A60-9W\",\"quantity\":2},{\"sku\":\"STRIP-5M\",\"quantity\":1}]}")
            .json().get("id").asText()).isEqualTo(finishes.id());
        assertLevel("A60-9W", 8, 0);
    }

    @Test
    void aSaleLeftHalfDoneByACrashIsFinishedByTheScanAtStartUp() {
        OfflineSale halfDone = crashAfterFirstLine("restart-1", new SaleLine("A60-9W", 1), new SaleLine("GU10-5W", 1));

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(StoreServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("lumenbridge.store.sales.stale-after=0s", "lumenbridge.store.sales.recovery-interval=1h")
                .run()) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                saleDocs.find(store, "restart-1").orElseThrow().state() == SaleState.RECORDED
                    && !stock.holds(store, "GU10-5W", halfDone.holder()));
        }

        assertLevel("A60-9W", 9, 0);
        assertLevel("GU10-5W", 1, 0);
    }

    @Test
    void badInputNamesEveryOffendingFieldAndAnotherDealerOrUnknownStoreGets404WithNothingSold() {
        Caller otherDealer = Api.dealer();
        String good = "{\"lines\":[{\"sku\":\"A60-9W\",\"quantity\":1}]}";

        HttpProbe.Response noKey = api.send(dealer, "POST", "/api/stores/" + store + "/sales", good);
        HttpProbe.Response bad = sell("bad-1", """
            {"lines":[{"sku":"A60-9W","quantity":0},{"sku":"bad sku!","quantity":1},{"sku":"A60-9W","quantity":2},"x"],
             "customer":{"email":"li@"}}
            """);
        HttpProbe.Response empty = sell("bad-2", "{\"lines\":[]}");
        HttpProbe.Response badKey = api.send(dealer, "POST", "/api/stores/" + store + "/sales", good,
            Map.of("Idempotency-Key", "no spaces allowed"));

        assertProblem(noKey, 422, "validation");
        assertThat(Api.fields(noKey)).containsExactly("Idempotency-Key");
        assertThat(Api.fields(bad)).containsExactlyInAnyOrder("lines[0].quantity", "lines[1].sku", "lines[2].sku", "lines[3]",
            "customer.email");
        assertThat(Api.fields(empty)).containsExactly("lines");
        assertThat(Api.fields(badKey)).containsExactly("Idempotency-Key");
        assertProblem(api.send(otherDealer, "POST", "/api/stores/" + store + "/sales", good, Map.of("Idempotency-Key", "k1")),
            404, "not-found");
        assertProblem(api.send(dealer, "POST", "/api/stores/no-such-store/sales", good, Map.of("Idempotency-Key", "k1")),
            404, "not-found");
        assertLevel("A60-9W", 10, 0);
        assertThat(database.getCollection(OfflineSales.COLLECTION).countDocuments(Filters.eq("storeId", store))).isZero();
    }

    private OfflineSale crashAfterFirstLine(String key, SaleLine... lines) {
        OfflineSale pending = OfflineSale.pending(UUID.randomUUID().toString(), store, dealer.tenantId(), key, List.of(lines),
            null, Instant.now());
        assertThat(saleDocs.begin(pending, "driver-that-died")).isTrue();
        assertThat(stock.hold(dealer.tenantId(), store, lines[0].sku(), pending.holder(), lines[0].quantity(), "RESERVED"))
            .isInstanceOf(StockLedger.Hold.Taken.class);
        return pending;
    }

    private HttpProbe.Response sell(String key, String body) {
        return api.send(dealer, "POST", "/api/stores/" + store + "/sales", body, Map.of("Idempotency-Key", key));
    }

    private void assertLevel(String sku, int onHand, int reserved) {
        Document level = inventoryDoc(sku);
        assertThat(level.getInteger("onHand")).as(sku + " onHand").isEqualTo(onHand);
        assertThat(level.getInteger("reserved")).as(sku + " reserved").isEqualTo(reserved);
        assertThat(level.getInteger("available")).as(sku + " available").isEqualTo(onHand - reserved);
        assertThat(level.getInteger("headroom")).as(sku + " headroom")
            .isEqualTo(onHand - reserved - level.getInteger("lowStockThreshold"));
        int held = level.get("holds", Document.class).values().stream()
            .mapToInt(h -> ((Number) h).intValue()).sum();
        assertThat(held).as(sku + " holds add up to reserved").isEqualTo(reserved);
    }

    private Document inventoryDoc(String sku) {
        return database.getCollection(StockLedger.COLLECTION).find(Filters.eq("_id", StockLedger.id(store, sku))).first();
    }

    private static List<HttpProbe.Response> race(int attempts, java.util.function.IntFunction<HttpProbe.Response> attempt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpProbe.Response>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.apply(n);
                }));
            }
            start.countDown();
            List<HttpProbe.Response> answers = new ArrayList<>();
            for (Future<HttpProbe.Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
