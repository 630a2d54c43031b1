package com.lumenbridge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A small O2O world built through the public API only, the way partners would build theirs: a
 * manufacturer with a catalog and a partner price list, a storefront and a dealer partnered with it,
 * the dealer's experience store and the manufacturer's warehouse, both stocked. {@code demo} builds
 * it with a generated catalog of thousands of SKUs; the end-to-end tests build it small.
 *
 * <p>Partnerships reach store-service and order-service as events, so the steps that need them wait
 * until the other service has caught up rather than assume it has.
 */
final class DemoWorld {

    /** A tenant and the API key it calls with. */
    record Tenant(String id, String name, String apiKey) {
    }

    /** A showcase product: what it is, its list price, and how many the store and the warehouse hold. */
    record Product(String sku, Map<String, Object> body, long listPriceMinor, int storeStock, int warehouseStock) {
    }

    record Built(Tenant manufacturer, Tenant storefront, Tenant dealer, String storeId, String warehouseId,
            List<Product> products, String priceListId, int discountPercent) {

        Product product(String sku) {
            return products.stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
        }

        /** The storefront's unit price of {@code sku}: list price less the price list's discount. */
        long partnerPrice(String sku) {
            return product(sku).listPriceMinor() * (100 - discountPercent) / 100;
        }
    }

    static final List<String> MANUFACTURER_SCOPES = List.of("catalog:read", "catalog:write", "stores:read",
        "inventory:write", "orders:read", "crm:read", "crm:write");
    static final List<String> STOREFRONT_SCOPES = List.of("catalog:read", "stores:read", "orders:read", "orders:write");
    static final List<String> DEALER_SCOPES = List.of("catalog:read", "stores:read", "inventory:write", "orders:read",
        "orders:write");

    private static final Duration CONVERGENCE = Duration.ofSeconds(60);
    private static final int DISCOUNT_PERCENT = 20;

    private final GatewayClient gateway;
    private final String operatorKey;
    private final Consumer<String> log;

    DemoWorld(GatewayClient gateway, String operatorKey, Consumer<String> log) {
        this.gateway = gateway;
        this.operatorKey = operatorKey;
        this.log = log;
    }

    /**
     * Builds the world; {@code tag} keeps names and SKUs of repeated runs apart. With
     * {@code generatedSkus > 0} a generated catalog of that size is imported too (and waited for).
     */
    Built build(String tag, int generatedSkus, CatalogGenerator generator) throws IOException, InterruptedException {
        Tenant manufacturer = tenant("Aurora Lighting " + tag, "MANUFACTURER", MANUFACTURER_SCOPES);
        Tenant storefront = tenant("BrightCart " + tag, "STOREFRONT", STOREFRONT_SCOPES);
        Tenant dealer = tenant("Lumen Hall " + tag, "DEALER", DEALER_SCOPES);

        List<Product> products = showcase(tag);
        for (Product product : products) {
            expect(gateway.post("/api/catalog/products", manufacturer.apiKey(), product.body()), 201, "create " + product.sku());
            expect(gateway.post("/api/catalog/products/" + product.sku() + "/publish", manufacturer.apiKey(), Map.of()),
                200, "publish " + product.sku());
        }
        log.accept("catalog: " + products.size() + " showcase products published");
        if (generatedSkus > 0) {
            importGenerated(manufacturer, generatedSkus, tag, generator);
        }

        String priceList = "partners-" + tag.toLowerCase();
        expectOneOf(gateway.put("/api/catalog/price-lists/" + priceList, manufacturer.apiKey(),
            Map.of("currency", "EUR", "discountPercent", DISCOUNT_PERCENT, "overrides", List.of())), Set.of(200, 201),
            "price list");
        for (Tenant partner : List.of(storefront, dealer)) {
            expectOneOf(gateway.put("/api/catalog/partnerships/" + partner.id(), manufacturer.apiKey(),
                Map.of("priceListId", priceList, "status", "ACTIVE")), Set.of(200, 201), "partnership " + partner.name());
        }
        log.accept("catalog: price list " + priceList + " (" + DISCOUNT_PERCENT + " % off) for the storefront and the dealer");

        // the dealer may carry the manufacturer only once store-service has the partnership event
        String storeId = awaitStatus(() -> gateway.post("/api/stores", dealer.apiKey(), store(manufacturer.id(), tag)),
            201, "dealer store").text("id");
        String warehouseId = awaitStatus(() -> gateway.post("/api/stores", manufacturer.apiKey(), warehouse(manufacturer.id(), tag)),
            201, "warehouse").text("id");
        log.accept("stores: experience store " + storeId + " (dealer), warehouse " + warehouseId + " (manufacturer)");

        for (Product product : products) {
            expect(gateway.put("/api/stores/" + storeId + "/inventory/" + product.sku(), dealer.apiKey(),
                Map.of("onHand", product.storeStock())), 200, "stock " + product.sku());
            expect(gateway.put("/api/stores/" + warehouseId + "/inventory/" + product.sku(), manufacturer.apiKey(),
                Map.of("onHand", product.warehouseStock())), 200, "warehouse stock " + product.sku());
        }
        log.accept("inventory: showcase products stocked in the store and the warehouse");
        return new Built(manufacturer, storefront, dealer, storeId, warehouseId, products, priceList, DISCOUNT_PERCENT);
    }

    /**
     * Publishes {@code count} more products of the world's manufacturer (variants of the first
     * showcase bulb) and stocks {@code onHand} of each in the experience store; returns their SKUs.
     */
    List<String> stockedAssortment(Built world, int count, int onHand) {
        Product model = world.products().get(0);
        List<String> skus = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String sku = model.sku() + "-V" + i;
            Map<String, Object> body = new LinkedHashMap<>(model.body());
            body.put("sku", sku);
            body.put("name", model.body().get("name") + " variant " + i);
            expect(gateway.post("/api/catalog/products", world.manufacturer().apiKey(), body), 201, "create " + sku);
            expect(gateway.post("/api/catalog/products/" + sku + "/publish", world.manufacturer().apiKey(), Map.of()), 200,
                "publish " + sku);
            expect(gateway.put("/api/stores/" + world.storeId() + "/inventory/" + sku, world.dealer().apiKey(),
                Map.of("onHand", onHand)), 200, "stock " + sku);
            skus.add(sku);
        }
        log.accept("catalog: " + count + " more products published and stocked in the store");
        return skus;
    }

    private static List<Product> showcase(String tag) {
        String prefix = "AUR" + tag.toUpperCase() + "-";
        return List.of(
            product(prefix + "A60-9W-2700", "A60 bulb 9 W 806 lm 2700 K", "bulb", "MASS", 9, 806, 2700, 80, 220, "E27", "IP20",
                false, 499, 20, 200),
            product(prefix + "GU10-5W-3000", "GU10 spot 5 W 400 lm 3000 K dimmable", "spotlight", "MASS", 5, 400, 3000, 90, 36,
                "GU10", "IP20", true, 699, 10, 100),
            product(prefix + "PNL-600-36W-4000", "Panel 600×600 36 W 4000 K UGR<19", "panel", "PROFESSIONAL", 36, 4320, 4000,
                90, 110, "none", "IP40", true, 5900, 3, 50));
    }

    private static Product product(String sku, String name, String category, String segment, int watts, int lumens, int cct,
            int cri, int beam, String base, String ip, boolean dimmable, long priceMinor, int storeStock, int warehouseStock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", name);
        body.put("category", category);
        body.put("segment", segment);
        body.put("watts", watts);
        body.put("lumens", lumens);
        body.put("cctKelvin", cct);
        body.put("cri", cri);
        body.put("beamAngle", beam);
        body.put("base", base);
        body.put("ipRating", ip);
        body.put("dimmable", dimmable);
        body.put("voltage", "220-240V");
        body.put("lifetimeHours", 25000);
        body.put("energyClass", "E");
        body.put("listPrice", Map.of("amountMinor", priceMinor, "currency", "EUR"));
        return new Product(sku, body, priceMinor, storeStock, warehouseStock);
    }

    /** The body the dealer's experience store was created with; the chaos scenarios send it again. */
    static Map<String, Object> store(String manufacturerId, String tag) {
        Map<String, Object> body = location("Lumen Hall Shanghai " + tag, "STORE", 31.2304, 121.4737, manufacturerId);
        body.put("services", List.of("SHOWROOM", "PICKUP", "CONSULTATION"));
        body.put("slotMinutes", 30);
        body.put("capacity", 4);
        return body;
    }

    private static Map<String, Object> warehouse(String manufacturerId, String tag) {
        Map<String, Object> body = location("Aurora DC Suzhou " + tag, "WAREHOUSE", 31.2989, 120.5853, manufacturerId);
        body.put("services", List.of());
        return body;
    }

    private static Map<String, Object> location(String name, String type, double lat, double lng, String manufacturerId) {
        Map<String, Object> hours = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.put(day, List.of(Map.of("opens", "09:00", "closes", "21:00")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("address", Map.of("line1", "1 Nanjing Road", "city", "Shanghai", "country", "CN"));
        body.put("location", Map.of("lat", lat, "lng", lng));
        body.put("timeZone", "Asia/Shanghai");
        body.put("openingHours", hours);
        body.put("manufacturers", List.of(manufacturerId));
        return body;
    }

    private void importGenerated(Tenant manufacturer, int skus, String tag, CatalogGenerator generator)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("demo-catalog", ".ndjson");
        try {
            generator.generate(file, skus, "G" + tag.toUpperCase());
            GatewayClient.Reply accepted = gateway.upload("/api/catalog/imports", manufacturer.apiKey(), file,
                "application/x-ndjson");
            expect(accepted, 202, "catalog import");
            String job = accepted.text("id");
            GatewayClient.Reply done = await(() -> gateway.get("/api/catalog/imports/" + job, manufacturer.apiKey()),
                reply -> reply.status() == 200 && Set.of("COMPLETED", "FAILED").contains(reply.text("status")), Duration.ofMinutes(10), "catalog import");
            log.accept("catalog: import " + done.text("status") + ", " + done.json().path("rowsDone").asLong() + " rows, "
                + done.json().path("rowsFailed").asLong() + " failed");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A tenant of that kind and one API key with those scopes, made through the admin API. */
    Tenant tenant(String name, String kind, List<String> scopes) {
        GatewayClient.Reply created = expect(gateway.post("/api/admin/tenants", operatorKey, Map.of("name", name, "kind", kind)),
            201, "tenant " + name);
        String id = created.text("id");
        GatewayClient.Reply key = expect(gateway.post("/api/admin/tenants/" + id + "/api-keys", operatorKey,
            Map.of("scopes", scopes)), 201, "key of " + name);
        log.accept("tenant: " + name + " (" + kind + ", " + id + ") with scopes " + String.join(" ", scopes));
        return new Tenant(id, name, key.text("apiKey"));
    }

    private GatewayClient.Reply awaitStatus(Supplier<GatewayClient.Reply> call, int status, String what)
            throws InterruptedException {
        return await(call, reply -> reply.status() == status, CONVERGENCE, what);
    }

    /** Calls until {@code done} holds, or fails naming the last answer. */
    static GatewayClient.Reply await(Supplier<GatewayClient.Reply> call, Predicate<GatewayClient.Reply> done,
            Duration limit, String what) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        GatewayClient.Reply last = call.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) {
                throw new LauncherException(what + ": still " + last.status() + " " + last.brief() + " after "
                    + limit.toSeconds() + " s");
            }
            Thread.sleep(250);
            last = call.get();
        }
        return last;
    }

    private static GatewayClient.Reply expect(GatewayClient.Reply reply, int status, String what) {
        return expectOneOf(reply, Set.of(status), what);
    }

    private static GatewayClient.Reply expectOneOf(GatewayClient.Reply reply, Set<Integer> statuses, String what) {
        if (!statuses.contains(reply.status())) {
            throw new LauncherException(what + ": expected " + statuses + " but got " + reply.status() + " " + reply.brief());
        }
        return reply;
    }
}
