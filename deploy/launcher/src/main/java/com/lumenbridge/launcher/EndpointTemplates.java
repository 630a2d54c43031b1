package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented API as the chaos scenarios call it: one template per operation, with the role that
 * may call it and a valid request built from a world's ids. The services' OpenAPI documents list
 * request bodies only as {@code JsonNode}, so the valid bodies are kept here by hand (from
 * {@link DemoWorld}, the controllers and the services' READMEs), and {@link #missing} compares this
 * table with the documents the running stack serves: an operation without a template fails the
 * scenario instead of going untested.
 */
final class EndpointTemplates {

    /** Who calls an endpoint: one of a world's tenants, or the platform operator. */
    enum Role { MANUFACTURER, STOREFRONT, DEALER, OPERATOR }

    /**
     * One operation and a valid request for it. {@code required} and {@code enums} name body fields
     * (dotted, array indexes as numbers) whose absence or unknown value must be refused;
     * {@code creating} names path parameters under which a PUT creates what is not there yet, so an
     * unknown value there is no bad input. {@code isolated} is false where another tenant's id is
     * legitimately usable (a manufacturer may partner any storefront).
     */
    record Template(String method, String path, Role role, Map<String, String> pathValues, Map<String, String> query,
            JsonNode body, byte[] raw, String contentType, Set<String> required, Set<String> enums, Set<String> creating,
            boolean idempotencyKey, boolean isolated) {

        String operation() {
            return method + " " + path;
        }

        boolean write() {
            return !method.equals("GET");
        }

        boolean hasBody() {
            return body != null || raw != null;
        }

        /** The path with every parameter replaced by {@code values} (already encoded). */
        String pathWith(Map<String, String> values) {
            Matcher m = PARAMETER.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /** The ids a world holds, enough to fill every template with something that exists. */
    record WorldIds(String tag, String manufacturerId, String storefrontId, String storeId, String warehouseId, String sku,
            Map<String, Object> productBody, String priceListId, String orderId, String appointmentId, String slotDate,
            String customerId, String customerEmail, String segmentId, String catalogImportId, String crmImportId) {
    }

    /** Operations the documents list that are not the API: Spring's error page. */
    static final Set<String> IGNORED_PATHS = Set.of("/error");
    /** Parameters the documents list that no client sends: an injected argument, and a header the gateway sets. */
    static final Set<String> IGNORED_PARAMETERS = Set.of("caller", "X-LB-Internal-Token");

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    /** Sorted keys: the table's bodies are built from {@code Map.of}, whose order changes from one JVM to the next. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private EndpointTemplates() {
    }

    /** Every operation ({@code METHOD path}) an OpenAPI document lists, minus the ignored ones. */
    static Set<String> documented(JsonNode openApi) {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (IGNORED_PATHS.contains(path.getKey())) {
                continue;
            }
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        return operations;
    }

    /** The documented operations {@code templates} leave out. */
    static Set<String> missing(Set<String> documented, List<Template> templates) {
        Set<String> missing = new TreeSet<>(documented);
        templates.forEach(t -> missing.remove(t.operation()));
        return missing;
    }

    static List<Template> forWorld(WorldIds w) {
        List<Builder> all = new ArrayList<>();
        all.addAll(catalog(w));
        all.addAll(stores(w));
        all.addAll(orders(w));
        all.addAll(crm(w));
        all.addAll(admin(w));
        return all.stream().map(Builder::build).toList();
    }

    private static List<Builder> catalog(WorldIds w) {
        Map<String, String> sku = Map.of("sku", w.sku());
        Map<String, Object> created = new LinkedHashMap<>(w.productBody());
        created.put("sku", "AUR" + w.tag().toUpperCase() + "-CHAOS-NEW");
        Set<String> productRequired = Set.of("name", "category", "segment", "watts", "lumens", "listPrice",
            "listPrice.amountMinor", "listPrice.currency");
        Set<String> productEnums = Set.of("category", "segment", "energyClass", "base", "listPrice.currency");
        String ndjson = JSON.valueToTree(created).toString() + "\n";
        return List.of(
            get("/api/catalog/products/{sku}", Role.MANUFACTURER, sku),
            put("/api/catalog/products/{sku}", Role.MANUFACTURER, sku, w.productBody(), productRequired, productEnums),
            get("/api/catalog/price-lists/{id}", Role.MANUFACTURER, Map.of("id", w.priceListId())),
            put("/api/catalog/price-lists/{id}", Role.MANUFACTURER, Map.of("id", w.priceListId()),
                // discountPercent is optional (0 when absent) and takes two decimals, as catalog-service documents
                Map.of("currency", "EUR", "discountPercent", 20.5, "overrides", List.of()), Set.of("currency"),
                Set.of("currency")).creating("id"),
            put("/api/catalog/partnerships/{partnerTenantId}", Role.MANUFACTURER, Map.of("partnerTenantId", w.storefrontId()),
                Map.of("priceListId", w.priceListId(), "status", "ACTIVE"), Set.of("priceListId", "status"), Set.of("status"))
                .notIsolated(),
            get("/api/catalog/products", Role.MANUFACTURER, Map.of()).query("status", "ACTIVE").query("page", "0").query("size", "20"),
            post("/api/catalog/products", Role.MANUFACTURER, Map.of(), created, productRequired, productEnums),
            post("/api/catalog/products/{sku}/publish", Role.MANUFACTURER, sku),
            post("/api/catalog/products/{sku}/discontinue", Role.MANUFACTURER, sku),
            upload("/api/catalog/imports", Role.MANUFACTURER, ndjson, "application/x-ndjson"),
            get("/api/catalog/whoami", Role.MANUFACTURER, Map.of()),
            get("/api/catalog/search", Role.STOREFRONT, Map.of()).query("q", w.sku()).query("category", "bulb")
                .query("page", "0").query("size", "20"),
            get("/api/catalog/partnerships", Role.MANUFACTURER, Map.of()),
            get("/api/catalog/imports/{id}", Role.MANUFACTURER, Map.of("id", w.catalogImportId())));
    }

    private static List<Builder> stores(WorldIds w) {
        Map<String, String> store = Map.of("id", w.storeId());
        Map<String, String> level = Map.of("id", w.storeId(), "sku", w.sku());
        Map<String, String> appointment = Map.of("id", w.storeId(), "appointmentId", w.appointmentId());
        Map<String, Object> location = DemoWorld.store(w.manufacturerId(), w.tag());
        Set<String> locationRequired = Set.of("name", "type", "address", "address.line1", "address.city", "address.country",
            "location", "location.lat", "location.lng", "timeZone");
        Set<String> locationEnums = Set.of("type", "services.0", "address.country", "timeZone");
        Map<String, Object> visitor = Map.of("email", "visitor-" + w.tag().toLowerCase() + "@example.com", "name", "Chaos Visitor",
            "recordConsent", true);
        return List.of(
            get("/api/stores/{id}", Role.DEALER, store),
            put("/api/stores/{id}", Role.DEALER, store, location, locationRequired, locationEnums),
            delete("/api/stores/{id}", Role.DEALER, store),
            get("/api/stores/{id}/inventory/{sku}", Role.DEALER, level),
            put("/api/stores/{id}/inventory/{sku}", Role.DEALER, level, Map.of("onHand", 20), Set.of("onHand"), Set.of())
                .creating("sku"),
            get("/api/stores", Role.DEALER, Map.of()).query("page", "0").query("size", "20"),
            post("/api/stores", Role.DEALER, Map.of(), location, locationRequired, locationEnums),
            post("/api/stores/{id}/visits", Role.DEALER, store, Map.of("visitor", visitor, "products", List.of(w.sku())),
                Set.of("visitor.email"), Set.of()),
            post("/api/stores/{id}/sales", Role.DEALER, store, Map.of("lines", List.of(Map.of("sku", w.sku(), "quantity", 1)),
                "customer", visitor), Set.of("lines", "lines.0.sku", "lines.0.quantity"), Set.of()).withIdempotencyKey(),
            get("/api/stores/{id}/inventory/{sku}/adjustments", Role.DEALER, level).query("page", "0").query("size", "20"),
            post("/api/stores/{id}/inventory/{sku}/adjustments", Role.DEALER, level,
                Map.of("kind", "RECEIVED", "quantity", 5, "reason", "chaos"), Set.of("kind", "quantity", "reason"), Set.of("kind"))
                .creating("sku"),
            get("/api/stores/{id}/appointments", Role.DEALER, store).query("date", w.slotDate()).query("status", "BOOKED"),
            post("/api/stores/{id}/appointments", Role.DEALER, store, Map.of("slotStart", w.slotDate() + "T10:00:00+08:00",
                "service", "SHOWROOM", "visitor", visitor, "products", List.of(w.sku())),
                Set.of("slotStart", "service", "visitor", "visitor.email"), Set.of("service")),
            post("/api/stores/{id}/appointments/{appointmentId}/no-show", Role.DEALER, appointment),
            post("/api/stores/{id}/appointments/{appointmentId}/cancel", Role.DEALER, appointment),
            post("/api/stores/{id}/appointments/{appointmentId}/attend", Role.DEALER, appointment),
            get("/api/stores/{id}/inventory", Role.DEALER, store).query("lowStock", "true").query("q", w.sku()),
            get("/api/stores/{id}/appointments/{appointmentId}", Role.DEALER, appointment),
            get("/api/stores/{id}/appointments/slots", Role.DEALER, store).query("date", w.slotDate()).query("service", "SHOWROOM"),
            get("/api/stores/whoami", Role.DEALER, Map.of()),
            get("/api/stores/nearby", Role.STOREFRONT, Map.of()).query("lat", "31.2304").query("lng", "121.4737")
                .query("radiusKm", "10").query("sku", w.sku()).query("qty", "1").notIsolated());
    }

    private static List<Builder> orders(WorldIds w) {
        Map<String, String> order = Map.of("id", w.orderId());
        Map<String, Object> body = Map.of(
            "customer", Map.of("email", w.customerEmail(), "name", "Chaos", "marketingConsent", false),
            "fulfillment", Map.of("type", "PICKUP", "storeId", w.storeId()),
            "lines", List.of(Map.of("sku", w.sku(), "quantity", 1)));
        return List.of(
            get("/api/orders/webhook", Role.STOREFRONT, Map.of()),
            put("/api/orders/webhook", Role.STOREFRONT, Map.of(), Map.of("url", "https://example.com/hooks/lumenbridge"),
                Set.of("url"), Set.of()),
            get("/api/orders", Role.STOREFRONT, Map.of()).query("status", "CONFIRMED").query("page", "0").query("size", "20"),
            post("/api/orders", Role.STOREFRONT, Map.of(), body, Set.of("customer", "customer.email", "fulfillment",
                "fulfillment.type", "fulfillment.storeId", "lines", "lines.0.sku", "lines.0.quantity"), Set.of("fulfillment.type"))
                .withIdempotencyKey(),
            post("/api/orders/{id}/ready", Role.DEALER, order),
            post("/api/orders/{id}/decline", Role.DEALER, order),
            post("/api/orders/{id}/complete", Role.DEALER, order),
            post("/api/orders/{id}/cancel", Role.STOREFRONT, order),
            get("/api/orders/{id}", Role.STOREFRONT, order),
            get("/api/orders/whoami", Role.STOREFRONT, Map.of()),
            get("/api/orders/webhook/deliveries", Role.STOREFRONT, Map.of()).query("status", "FAILED").query("page", "0"));
    }

    private static List<Builder> crm(WorldIds w) {
        Map<String, String> customer = Map.of("id", w.customerId());
        Map<String, String> segment = Map.of("id", w.segmentId());
        String csv = "email,name,marketingConsent\nimport-" + w.tag().toLowerCase() + "@example.com,Imported,no\n";
        return List.of(
            get("/api/crm/segments", Role.MANUFACTURER, Map.of()).query("page", "0").query("size", "20"),
            post("/api/crm/segments", Role.MANUFACTURER, Map.of(), Map.of("name", "chaos " + w.tag(),
                "rule", Map.of("field", "classification", "op", "eq", "value", "PROFESSIONAL")),
                Set.of("name", "rule", "rule.field", "rule.op", "rule.value"), Set.of("rule.field", "rule.op", "rule.value")),
            upload("/api/crm/imports", Role.MANUFACTURER, csv, "text/csv").query("map.email", "email"),
            post("/api/crm/customers/{id}/erase", Role.MANUFACTURER, customer),
            get("/api/crm/whoami", Role.MANUFACTURER, Map.of()),
            get("/api/crm/segments/{id}", Role.MANUFACTURER, segment),
            get("/api/crm/segments/{id}/members", Role.MANUFACTURER, segment).query("format", "csv").query("page", "0"),
            get("/api/crm/insights", Role.MANUFACTURER, Map.of()).query("segment", w.segmentId()),
            get("/api/crm/imports/{id}", Role.MANUFACTURER, Map.of("id", w.crmImportId())),
            get("/api/crm/customers", Role.MANUFACTURER, Map.of()).query("email", w.customerEmail()),
            get("/api/crm/customers/{id}", Role.MANUFACTURER, customer),
            get("/api/crm/customers/{id}/export", Role.MANUFACTURER, customer));
    }

    private static List<Builder> admin(WorldIds w) {
        Map<String, String> tenant = Map.of("id", w.manufacturerId());
        return List.of(
            get("/api/admin/tenants", Role.OPERATOR, Map.of()).query("page", "0").query("size", "20"),
            post("/api/admin/tenants", Role.OPERATOR, Map.of(), Map.of("name", "Chaos " + w.tag(), "kind", "MANUFACTURER"),
                Set.of("name", "kind"), Set.of("kind")),
            get("/api/admin/tenants/{id}/api-keys", Role.OPERATOR, tenant),
            post("/api/admin/tenants/{id}/api-keys", Role.OPERATOR, tenant, Map.of("scopes", List.of("catalog:read")),
                Set.of("scopes"), Set.of("scopes.0")),
            get("/api/admin/tenants/{id}", Role.OPERATOR, tenant),
            get("/api/admin/ops/overview", Role.OPERATOR, Map.of()),
            // no key id of the world is known, and every mutation replaces it anyway
            delete("/api/admin/api-keys/{keyId}", Role.OPERATOR, Map.of("keyId", "unknown-key")));
    }

    private static Builder get(String path, Role role, Map<String, String> ids) {
        return new Builder("GET", path, role, ids);
    }

    private static Builder delete(String path, Role role, Map<String, String> ids) {
        return new Builder("DELETE", path, role, ids);
    }

    private static Builder post(String path, Role role, Map<String, String> ids) {
        return new Builder("POST", path, role, ids);
    }

    private static Builder post(String path, Role role, Map<String, String> ids, Map<String, Object> body, Set<String> required,
            Set<String> enums) {
        return new Builder("POST", path, role, ids).json(body, required, enums);
    }

    private static Builder put(String path, Role role, Map<String, String> ids, Map<String, Object> body, Set<String> required,
            Set<String> enums) {
        return new Builder("PUT", path, role, ids).json(body, required, enums);
    }

    private static Builder upload(String path, Role role, String text, String contentType) {
        Builder builder = new Builder("POST", path, role, Map.of());
        builder.raw = text.getBytes(StandardCharsets.UTF_8);
        builder.contentType = contentType;
        return builder;
    }

    /** Fills a template fluently, so the table above reads as a list. */
    private static final class Builder {
        private final String method;
        private final String path;
        private final Role role;
        private final Map<String, String> ids;
        private final Map<String, String> query = new LinkedHashMap<>();
        private JsonNode body;
        private byte[] raw;
        private String contentType;
        private Set<String> required = Set.of();
        private Set<String> enums = Set.of();
        private Set<String> creating = Set.of();
        private boolean idempotencyKey;
        private boolean isolated = true;

        Builder(String method, String path, Role role, Map<String, String> ids) {
            this.method = method;
            this.path = path;
            this.role = role;
            this.ids = ids;
        }

        Builder json(Map<String, Object> value, Set<String> requiredFields, Set<String> enumFields) {
            body = JSON.valueToTree(value);
            contentType = "application/json";
            required = requiredFields;
            enums = enumFields;
            return this;
        }

        Builder query(String name, String value) {
            query.put(name, value);
            return this;
        }

        Builder creating(String parameter) {
            creating = Set.of(parameter);
            return this;
        }

        Builder withIdempotencyKey() {
            idempotencyKey = true;
            return this;
        }

        Builder notIsolated() {
            isolated = false;
            return this;
        }

        Template build() {
            return new Template(method, path, role, Map.copyOf(ids), Collections.unmodifiableMap(new LinkedHashMap<>(query)), body,
                raw, contentType, Collections.unmodifiableSortedSet(new TreeSet<>(required)),
                Collections.unmodifiableSortedSet(new TreeSet<>(enums)), creating, idempotencyKey, isolated);
        }
    }
}
