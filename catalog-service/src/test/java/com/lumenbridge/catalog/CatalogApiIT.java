package com.lumenbridge.catalog;

import static com.lumenbridge.catalog.support.CatalogApi.bulb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lumenbridge.catalog.support.CatalogApi;
import com.lumenbridge.catalog.support.Topics;
import com.lumenbridge.catalog.tenant.application.Tenants;
import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalog over real HTTP, as the gateway would call it: who sees which product at which price,
 * on GET and on search; what bad input, foreign ids and illegal transitions answer; and the events
 * each change publishes, read back from the real broker.
 */
@WithEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogApiIT {

    private static final String PROBLEMS = "https://problems.lumenbridge.dev/";

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    private CatalogApi api;
    private final Caller owner = CatalogApi.manufacturer();
    private final Caller otherManufacturer = CatalogApi.manufacturer();
    private final Caller partner = CatalogApi.tenant(TenantKind.STOREFRONT);
    private final Caller stranger = CatalogApi.tenant(TenantKind.STOREFRONT);
    private final Caller suspendedDealer = CatalogApi.tenant(TenantKind.DEALER);
    private final Caller operator = new Caller("operator", TenantKind.OPERATOR, Set.of(Scope.CATALOG_READ, Scope.ADMIN));

    @BeforeEach
    void setUp() {
        api = new CatalogApi(port);
    }

    private void registered(Caller... callers) {
        for (Caller caller : callers) {
            Topics.registerTenant(caller, "Tenant " + caller.tenantId());
        }
        await().atMost(Duration.ofSeconds(30))
            .until(() -> List.of(callers).stream().allMatch(c -> tenants.find(c.tenantId()).isPresent()));
    }

    /** The owner's "dealers-eu" list (20 % off, one override) for the partner; the dealer's partnership suspended. */
    private void partnerships(String overrideSku) {
        registered(partner, stranger, suspendedDealer);
        assertThat(api.put(owner, "/api/catalog/price-lists/dealers-eu", Map.of("currency", "EUR", "discountPercent", 20,
            "overrides", List.of(Map.of("sku", overrideSku, "amountMinor", 777)))).status()).isEqualTo(201);
        assertThat(api.put(owner, "/api/catalog/partnerships/" + partner.tenantId(),
            Map.of("priceListId", "dealers-eu", "status", "ACTIVE")).status()).isEqualTo(201);
        assertThat(api.put(owner, "/api/catalog/partnerships/" + suspendedDealer.tenantId(),
            Map.of("priceListId", "dealers-eu", "status", "SUSPENDED")).status()).isEqualTo(201);
    }

    private String created(String prefix, long price) {
        String sku = CatalogApi.sku(prefix);
        HttpProbe.Response response = api.post(owner, "/api/catalog/products", bulb(sku, price));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return sku;
    }

    private String published(String prefix, long price) {
        String sku = created(prefix, price);
        assertThat(api.post(owner, "/api/catalog/products/" + sku + "/publish", null).status()).isEqualTo(200);
        return sku;
    }

    private JsonNode search(Caller caller, String query) {
        HttpProbe.Response response = api.get(caller, "/api/catalog/search?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> skus(JsonNode result) {
        List<String> skus = new ArrayList<>();
        result.get("items").forEach(item -> skus.add(item.get("sku").asString()));
        return skus;
    }

    private static Map<String, Long> prices(JsonNode result) {
        Map<String, Long> prices = new LinkedHashMap<>();
        result.get("items").forEach(item -> prices.put(item.get("sku").asString(), item.get("price").get("amountMinor").asLong()));
        return prices;
    }

    @Test
    void aNewProductIsADraftThatOnlyItsOwnerSees() {
        String sku = CatalogApi.sku("AUR-A60");
        partnerships("AUR-NONE");

        HttpProbe.Response created = api.post(owner, "/api/catalog/products", bulb(sku, 499));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/catalog/products/" + sku);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.json().get("efficacy").decimalValue()).isEqualByComparingTo("89.6");
        assertThat(created.json().get("price").get("amountMinor").asLong()).isEqualTo(499);
        assertThat(api.get(owner, "/api/catalog/products/" + sku).status()).isEqualTo(200);
        for (Caller other : List.of(partner, stranger, otherManufacturer, operator)) {
            HttpProbe.Response response = api.get(other, "/api/catalog/products/" + sku);
            assertThat(response.status()).as(other.kind().name()).isEqualTo(404);
            assertThat(response.json().get("type").asString()).isEqualTo(PROBLEMS + "not-found");
        }
        assertThat(skus(search(owner, "q=" + sku))).containsExactly(sku);
        assertThat(search(partner, "q=" + sku).get("total").asLong()).isZero();
    }

    @Test
    void anActivePartnerSeesActiveProductsAtItsPriceListPriceAndNobodyElseDoes() {
        String overridden = CatalogApi.sku("AUR-OVR");
        String discounted = published("AUR-DSC", 499);
        partnerships(overridden);
        String otherDraft = created("AUR-OVR", 1000);
        HttpProbe.Response withOverride = api.post(owner, "/api/catalog/products", bulb(overridden, 1000));
        assertThat(withOverride.status()).isEqualTo(201);
        api.post(owner, "/api/catalog/products/" + overridden + "/publish", null);
        String draft = created("AUR-DRF", 599);

        HttpProbe.Response partnerView = api.get(partner, "/api/catalog/products/" + discounted);
        assertThat(partnerView.status()).isEqualTo(200);
        assertThat(partnerView.json().get("price").toString()).isEqualTo("{\"amountMinor\":399,\"currency\":\"EUR\"}");
        assertThat(partnerView.json().get("listPrice").get("amountMinor").asLong()).isEqualTo(499);
        assertThat(api.get(partner, "/api/catalog/products/" + overridden).json().get("price").get("amountMinor").asLong())
            .isEqualTo(777);
        assertThat(api.get(partner, "/api/catalog/products/" + draft).status()).isEqualTo(404);
        for (Caller other : List.of(stranger, suspendedDealer, otherManufacturer, operator)) {
            assertThat(api.get(other, "/api/catalog/products/" + discounted).status()).as(other.tenantId()).isEqualTo(404);
        }

        String mine = "q=A60&sort=price&size=100";
        assertThat(prices(search(partner, mine))).containsExactly(Map.entry(discounted, 399L), Map.entry(overridden, 777L));
        assertThat(search(stranger, mine).get("total").asLong()).isZero();
        assertThat(search(suspendedDealer, mine).get("total").asLong()).isZero();
        assertThat(search(operator, mine).get("total").asLong()).isZero();
        assertThat(search(otherManufacturer, mine).get("total").asLong()).isZero();
        JsonNode ownerView = search(owner, mine);
        assertThat(prices(ownerView)).containsOnly(Map.entry(discounted, 499L), Map.entry(draft, 599L),
            Map.entry(otherDraft, 1000L), Map.entry(overridden, 1000L));

        assertThat(api.post(owner, "/api/catalog/products/" + discounted + "/discontinue", null).status()).isEqualTo(200);

        assertThat(api.get(partner, "/api/catalog/products/" + discounted).status()).isEqualTo(404);
        assertThat(skus(search(partner, mine))).containsExactly(overridden);
        assertThat(api.get(owner, "/api/catalog/products/" + discounted).json().get("status").asString())
            .isEqualTo("DISCONTINUED");

        assertThat(api.put(owner, "/api/catalog/partnerships/" + partner.tenantId(),
            Map.of("priceListId", "dealers-eu", "status", "SUSPENDED")).status()).isEqualTo(200);
        assertThat(api.get(partner, "/api/catalog/products/" + overridden).status()).isEqualTo(404);
        assertThat(search(partner, mine).get("total").asLong()).isZero();
    }

    @Test
    void invalidInputIs422NamingEveryFieldAndStoresNothing() {
        String sku = CatalogApi.sku("AUR-BAD");
        Map<String, Object> bad = bulb(sku, 499);
        bad.put("cctKelvin", 12000);
        bad.put("ipRating", "IP7");
        bad.put("watts", "nine");
        bad.put("base", "E99");

        HttpProbe.Response response = api.post(owner, "/api/catalog/products", bad);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(PROBLEMS + "validation");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("watts", "cctKelvin", "base", "ipRating");
        assertThat(api.get(owner, "/api/catalog/products/" + sku).status()).isEqualTo(404);
        assertThat(search(owner, "q=" + sku).get("total").asLong()).isZero();

        HttpProbe.Response mismatch = api.put(owner, "/api/catalog/products/" + created("AUR-PUT", 499),
            bulb("AUR-OTHER-SKU", 499));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().get("errors").get(0).get("field").asString()).isEqualTo("sku");

        HttpProbe.Response badSearch = api.get(owner, "/api/catalog/search?cctMin=warm&category=lamp&replaces=incandescent-65W"
            + "&lumensMin=900&lumensMax=100&sort=brightest");
        assertThat(badSearch.status()).isEqualTo(422);
        List<String> params = new ArrayList<>();
        badSearch.json().get("errors").forEach(e -> params.add(e.get("field").asString()));
        assertThat(params).containsExactlyInAnyOrder("cctMin", "category", "replaces", "lumensMin", "sort");
    }

    @Test
    void illegalTransitionsAre409NamingTheRule() {
        String sku = created("AUR-LIF", 499);

        HttpProbe.Response discontinueDraft = api.post(owner, "/api/catalog/products/" + sku + "/discontinue", null);
        assertThat(discontinueDraft.status()).isEqualTo(409);
        assertThat(discontinueDraft.json().get("type").asString()).isEqualTo(PROBLEMS + "product-not-active");

        assertThat(api.post(owner, "/api/catalog/products/" + sku + "/publish", null).status()).isEqualTo(200);
        HttpProbe.Response publishTwice = api.post(owner, "/api/catalog/products/" + sku + "/publish", null);
        assertThat(publishTwice.status()).isEqualTo(409);
        assertThat(publishTwice.json().get("type").asString()).isEqualTo(PROBLEMS + "product-not-draft");

        assertThat(api.post(owner, "/api/catalog/products/" + sku + "/discontinue", null).status()).isEqualTo(200);
        HttpProbe.Response revise = api.put(owner, "/api/catalog/products/" + sku, bulb(sku, 449));
        assertThat(revise.status()).isEqualTo(409);
        assertThat(revise.json().get("type").asString()).isEqualTo(PROBLEMS + "product-discontinued");
        assertThat(api.get(owner, "/api/catalog/products/" + sku).json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aSkuOfAnotherManufacturerIsTakenAndEverythingElseOfItIsNotFound() {
        String sku = created("AUR-OWN", 499);
        api.put(owner, "/api/catalog/price-lists/secret", Map.of("currency", "EUR", "discountPercent", 50));

        HttpProbe.Response taken = api.post(otherManufacturer, "/api/catalog/products", bulb(sku, 1));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).isEqualTo(PROBLEMS + "sku-taken");
        HttpProbe.Response again = api.post(owner, "/api/catalog/products", bulb(sku, 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo(PROBLEMS + "product-exists");

        assertThat(api.put(otherManufacturer, "/api/catalog/products/" + sku, bulb(sku, 1)).status()).isEqualTo(404);
        assertThat(api.post(otherManufacturer, "/api/catalog/products/" + sku + "/publish", null).status()).isEqualTo(404);
        assertThat(api.post(otherManufacturer, "/api/catalog/products/" + sku + "/discontinue", null).status()).isEqualTo(404);
        assertThat(api.get(otherManufacturer, "/api/catalog/price-lists/secret").status()).isEqualTo(404);
        assertThat(api.get(owner, "/api/catalog/price-lists/secret").json().get("discountPercent").asInt()).isEqualTo(50);
        assertThat(api.get(owner, "/api/catalog/products/" + sku).json().get("price").get("amountMinor").asLong()).isEqualTo(499);
        assertThat(api.get(otherManufacturer, "/api/catalog/products?size=100").json().get("total").asLong()).isZero();
    }

    @Test
    void partnershipsNeedAKnownStorefrontOrDealerAndOneOfTheOwnersPriceLists() {
        Caller unknown = CatalogApi.tenant(TenantKind.STOREFRONT);
        Caller manufacturerTenant = CatalogApi.manufacturer();
        registered(partner, manufacturerTenant);
        api.put(owner, "/api/catalog/price-lists/retail", Map.of("currency", "EUR"));

        HttpProbe.Response unknownPartner = api.put(owner, "/api/catalog/partnerships/" + unknown.tenantId(),
            Map.of("priceListId", "retail", "status", "ACTIVE"));
        assertThat(unknownPartner.status()).isEqualTo(404);
        HttpProbe.Response wrongKind = api.put(owner, "/api/catalog/partnerships/" + manufacturerTenant.tenantId(),
            Map.of("priceListId", "retail", "status", "ACTIVE"));
        assertThat(wrongKind.status()).isEqualTo(422);
        assertThat(wrongKind.json().get("errors").get(0).get("field").asString()).isEqualTo("partnerTenantId");
        HttpProbe.Response noSuchList = api.put(owner, "/api/catalog/partnerships/" + partner.tenantId(),
            Map.of("priceListId", "wholesale", "status", "PAUSED"));
        assertThat(noSuchList.status()).isEqualTo(422);
        assertThat(noSuchList.json().get("errors").toString()).contains("priceListId").contains("status");

        Caller writingStorefront = new Caller(partner.tenantId(), TenantKind.STOREFRONT, Set.of(Scope.CATALOG_WRITE));
        HttpProbe.Response forbidden = api.post(writingStorefront, "/api/catalog/products", bulb(CatalogApi.sku("SF"), 1));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("type").asString()).isEqualTo(PROBLEMS + "forbidden");

        assertThat(api.put(owner, "/api/catalog/partnerships/" + partner.tenantId(),
            Map.of("priceListId", "retail", "status", "ACTIVE")).status()).isEqualTo(201);
        assertThat(api.get(partner, "/api/catalog/partnerships").json().get("items").get(0).get("manufacturerId").asString())
            .isEqualTo(owner.tenantId());
        assertThat(api.get(owner, "/api/catalog/partnerships").json().get("items").get(0).get("partnerTenantId").asString())
            .isEqualTo(partner.tenantId());
    }

    @Test
    void everyChangeIsPublishedWithItsCloudEventTypeAndAFullVersionedSnapshot() {
        String sku = created("AUR-EVT", 499);
        Map<String, Object> revised = bulb(sku, 449);
        revised.put("name", "A60 Classic 9 W");
        assertThat(api.put(owner, "/api/catalog/products/" + sku, revised).status()).isEqualTo(200);
        assertThat(api.put(owner, "/api/catalog/products/" + sku, revised).json().get("version").asLong()).isEqualTo(2);
        api.post(owner, "/api/catalog/products/" + sku + "/publish", null);
        api.post(owner, "/api/catalog/products/" + sku + "/discontinue", null);
        partnerships(sku);

        List<ConsumerRecord<String, byte[]>> events = Topics.read("catalog.product.v1", r -> sku.equals(r.key()), 5);

        assertThat(events).extracting(Topics::type).containsExactly("lumenbridge.catalog.ProductDrafted.v1",
            "lumenbridge.catalog.ProductUpdated.v1", "lumenbridge.catalog.ProductPriceChanged.v1",
            "lumenbridge.catalog.ProductPublished.v1", "lumenbridge.catalog.ProductDiscontinued.v1");
        assertThat(events).extracting(r -> CatalogApi.JSON.readTree(r.value()).get("product").get("version").asLong())
            .containsExactly(1L, 2L, 2L, 3L, 4L);
        assertThat(events).extracting(r -> CloudEventHeaders.get(r.headers(), CloudEventHeaders.TENANT_ID))
            .containsOnly(owner.tenantId());
        JsonNode priceChanged = CatalogApi.JSON.readTree(events.get(2).value());
        assertThat(priceChanged.get("previousListPrice").toString()).isEqualTo("{\"amountMinor\":499,\"currency\":\"EUR\"}");
        assertThat(priceChanged.get("product").get("listPrice").get("amountMinor").asLong()).isEqualTo(449);
        assertThat(priceChanged.get("product").get("name").asString()).isEqualTo("A60 Classic 9 W");
        assertThat(priceChanged.get("product").get("manufacturerId").asString()).isEqualTo(owner.tenantId());
        assertThat(CatalogApi.JSON.readTree(events.get(4).value()).get("product").get("status").asString())
            .isEqualTo("DISCONTINUED");

        String priceListKey = owner.tenantId() + ":dealers-eu";
        String partnershipKey = owner.tenantId() + ":" + partner.tenantId();
        List<ConsumerRecord<String, byte[]>> priceListEvents = Topics.read("catalog.partnership.v1",
            r -> priceListKey.equals(r.key()), 1);
        assertThat(priceListEvents).extracting(Topics::type).containsExactly("lumenbridge.catalog.PriceListChanged.v1");
        assertThat(Topics.data(priceListEvents.get(0))).contains("\"discountPercent\":20")
            .contains("{\"sku\":\"" + sku + "\",\"amountMinor\":777}");
        // a different key, so possibly another partition: no order between the two
        List<ConsumerRecord<String, byte[]>> partnershipEvents = Topics.read("catalog.partnership.v1",
            r -> partnershipKey.equals(r.key()), 1);
        assertThat(partnershipEvents).extracting(Topics::type).containsExactly("lumenbridge.catalog.PartnershipChanged.v1");
        assertThat(Topics.data(partnershipEvents.get(0))).isEqualTo("{\"manufacturerId\":\"" + owner.tenantId()
            + "\",\"partnerTenantId\":\"" + partner.tenantId() + "\",\"version\":1,\"priceListId\":\"dealers-eu\","
            + "\"status\":\"ACTIVE\"}");
    }

    @Test
    void searchFiltersFacetsAndPagesTheOwnersCatalog() {
        String warm = created("AUR-SRC", 499);
        Map<String, Object> tube = bulb(CatalogApi.sku("AUR-SRC-T8"), 899);
        tube.putAll(Map.of("name", "T8 tube 1200 mm 18 W", "category", "tube", "base", "G13", "watts", 18, "lumens", 2000,
            "cctKelvin", 4000, "beamAngle", 160));
        assertThat(api.post(owner, "/api/catalog/products", tube).status()).isEqualTo(201);

        JsonNode bulbs = search(owner, "category=bulb&size=1");
        assertThat(skus(bulbs)).containsExactly(warm);
        assertThat(bulbs.get("total").asLong()).isEqualTo(1);
        assertThat(bulbs.get("size").asInt()).isEqualTo(1);
        assertThat(bulbs.get("facets").get("category").toString())
            .isEqualTo("[{\"value\":\"bulb\",\"count\":1},{\"value\":\"tube\",\"count\":1}]");
        assertThat(bulbs.get("facets").get("cctBand").toString())
            .isEqualTo("[{\"value\":\"warm\",\"count\":1,\"max\":3000}]");

        assertThat(skus(search(owner, "replaces=incandescent-60W"))).containsExactly(warm);
        assertThat(skus(search(owner, "cctMin=3500&lumensMin=1500"))).containsExactly(tube.get("sku").toString());
        assertThat(search(owner, "size=500").get("size").asInt()).isEqualTo(100);
        JsonNode list = api.get(owner, "/api/catalog/products?status=DRAFT&size=1&page=1").json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items").size()).isEqualTo(1);
    }
}
