package com.lumenbridge.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All four services in one small real HTTP server, for the browser test: health and Prometheus
 * text that grows with every scrape, and a dealer's world (one store, its stock, one pickup order,
 * one appointment) that the public API endpoints read and change, answered as the services answer.
 */
public final class FakeServices {

    public static final String STORE_ID = "store-1";
    public static final String ORDER_ID = "order-1";
    public static final String APPOINTMENT_ID = "appt-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicInteger scrapes = new AtomicInteger();
    private final Map<String, Map<String, Object>> stock = new ConcurrentHashMap<>();
    private final Map<String, Object> order = new ConcurrentHashMap<>();
    private final Map<String, Object> appointment = new ConcurrentHashMap<>();
    private final List<JsonNode> sales = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> adjustments = java.util.Collections.synchronizedList(new ArrayList<>());

    private FakeServices(HttpServer server) {
        this.server = server;
        putStock("AUR-A60-9W-2700", 40, 5, 10);
        putStock("AUR-GU10-5W-3000", 3, 0, 5);
        order.putAll(Map.of("id", ORDER_ID, "status", "CONFIRMED",
            "fulfillment", Map.of("type", "PICKUP", "storeId", STORE_ID, "locationId", STORE_ID),
            "lines", List.of(Map.of("sku", "AUR-A60-9W-2700", "quantity", 2)),
            "customer", Map.of("name", "Li Wei", "email", "li@example.com")));
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        appointment.putAll(Map.of("id", APPOINTMENT_ID, "storeId", STORE_ID, "service", "SHOWROOM",
            "slotStart", today + "T10:00:00Z", "slotEnd", today + "T10:30:00Z", "status", "BOOKED",
            "visitor", Map.of("name", "Zhang Min"), "products", List.of("AUR-A60-9W-2700")));
    }

    public static FakeServices start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeServices services = new FakeServices(server);
            server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "fake-services");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", services::handle);
            server.start();
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<JsonNode> adjustments() {
        return List.copyOf(adjustments);
    }

    public List<JsonNode> sales() {
        return List.copyOf(sales);
    }

    private void putStock(String sku, int onHand, int reserved, int threshold) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("onHand", onHand);
        item.put("reserved", reserved);
        item.put("available", onHand - reserved);
        item.put("lowStockThreshold", threshold);
        item.put("lowStock", onHand - reserved <= threshold);
        stock.put(sku, item);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String store = "/api/stores/" + STORE_ID;
        try {
            if (path.equals("/actuator/health")) {
                json(exchange, 200, Map.of("status", "UP", "components",
                    Map.of("kafka", Map.of("status", "UP"), "mongo", Map.of("status", "UP"))));
            } else if (path.equals("/actuator/prometheus")) {
                text(exchange, metrics(scrapes.incrementAndGet()));
            } else if (method.equals("GET") && path.equals("/api/stores")) {
                json(exchange, 200, page(List.of(Map.of("id", STORE_ID, "name", "Lumen Hall Shanghai", "type", "STORE"))));
            } else if (method.equals("GET") && path.equals(store + "/inventory")) {
                json(exchange, 200, page(stock.values().stream().sorted((a, b) -> a.get("sku").toString()
                    .compareTo(b.get("sku").toString())).toList()));
            } else if (method.equals("POST") && path.startsWith(store + "/inventory/") && path.endsWith("/adjustments")) {
                String sku = path.substring((store + "/inventory/").length(), path.length() - "/adjustments".length());
                JsonNode change = JSON.readTree(body);
                Map<String, Object> item = stock.get(sku);
                putStock(sku, (Integer) item.get("onHand") + change.get("quantity").asInt(), (Integer) item.get("reserved"),
                    (Integer) item.get("lowStockThreshold"));
                adjustments.add(change);
                json(exchange, 200, stock.get(sku));
            } else if (path.startsWith(store + "/inventory/") && stock.containsKey(path.substring(path.lastIndexOf('/') + 1))) {
                String sku = path.substring(path.lastIndexOf('/') + 1);
                if (method.equals("PUT")) {
                    JsonNode change = JSON.readTree(body);
                    Map<String, Object> item = stock.get(sku);
                    putStock(sku, change.get("onHand").asInt(), (Integer) item.get("reserved"), (Integer) item.get("lowStockThreshold"));
                }
                json(exchange, 200, stock.get(sku));
            } else if (method.equals("GET") && path.equals("/api/orders")) {
                boolean matches = query.contains("status=" + order.get("status"));
                json(exchange, 200, page(matches ? List.of(Map.copyOf(order)) : List.of()));
            } else if (method.equals("GET") && path.equals("/api/orders/" + ORDER_ID)) {
                json(exchange, 200, Map.copyOf(order));
            } else if (method.equals("POST") && path.equals("/api/orders/" + ORDER_ID + "/ready")) {
                order.put("status", "READY_FOR_PICKUP");
                json(exchange, 200, Map.copyOf(order));
            } else if (method.equals("GET") && path.equals(store + "/appointments")) {
                json(exchange, 200, page(List.of(Map.copyOf(appointment))));
            } else if (method.equals("POST") && path.equals(store + "/appointments/" + APPOINTMENT_ID + "/attend")) {
                appointment.put("status", "ATTENDED");
                json(exchange, 200, Map.copyOf(appointment));
            } else if (method.equals("POST") && path.equals(store + "/sales")) {
                sales.add(JSON.readTree(body));
                json(exchange, 201, Map.of("id", "sale-" + sales.size(), "storeId", STORE_ID, "status", "RECORDED"));
            } else {
                json(exchange, 404, Map.of("type", "https://problems.lumenbridge.dev/not-found", "title", "Not found",
                    "status", 404, "detail", method + " " + path + " is not served by the fake"));
            }
        } finally {
            exchange.close();
        }
    }

    /** Every scrape shows 10 more requests (one a 500), some lag, a backlog and business counters. */
    private static String metrics(int scrape) {
        int requests = scrape * 10;
        return """
            # TYPE http_server_requests_seconds histogram
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/stores"} %d
            http_server_requests_seconds_count{method="GET",outcome="SERVER_ERROR",status="500",uri="/api/stores"} %d
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/stores",le="0.005"} %d
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/stores",le="0.05"} %d
            http_server_requests_seconds_bucket{method="GET",outcome="SUCCESS",status="200",uri="/api/stores",le="+Inf"} %d
            resilience4j_circuitbreaker_state{name="catalog",state="closed"} 1.0
            resilience4j_circuitbreaker_state{name="catalog",state="open"} 0.0
            kafka_consumer_fetch_manager_records_lag{client_id="c-1",partition="0",topic="order.order.v1"} %d
            kafka_consumer_fetch_manager_records_lag_max{client_id="c-1"} %d
            lumenbridge_outbox_backlog{collection="orders"} %d
            lumenbridge_events_dead_lettered_total{topic="order.order.v1"} 1.0
            lumenbridge_orders_status_total{status="CONFIRMED"} %d
            lumenbridge_orders_status_total{status="READY_FOR_PICKUP"} %d
            """.formatted(requests, scrape, requests / 2, requests - 1, requests, scrape % 7, scrape % 7, scrape % 4,
            scrape * 3, scrape);
    }

    private static Map<String, Object> page(List<?> items) {
        return Map.of("items", items, "total", items.size(), "page", 0, "size", 100);
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void text(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
