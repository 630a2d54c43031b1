package com.lumenbridge.order.order.web;

import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.order.common.Page;
import com.lumenbridge.order.common.PageRequest;
import com.lumenbridge.order.order.application.OrderRequest;
import com.lumenbridge.order.order.application.OrderService;
import com.lumenbridge.order.order.application.RequestHash;
import com.lumenbridge.order.order.domain.Address;
import com.lumenbridge.order.order.domain.Customer;
import com.lumenbridge.order.order.domain.Fulfillment;
import com.lumenbridge.order.order.domain.FulfillmentType;
import com.lumenbridge.order.order.domain.Money;
import com.lumenbridge.order.order.domain.Order;
import com.lumenbridge.order.order.domain.OrderLine;
import com.lumenbridge.order.order.domain.OrderStatus;
import com.lumenbridge.platform.events.crm.IdentityKeys;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.problem.BadRequest;
import com.lumenbridge.platform.problem.InvalidInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String SKU_PATTERN = "[A-Z0-9][A-Z0-9-]{2,63}";
    private static final int MAX_LINES = 100;

    private final OrderService orders;
    private final JsonMapper json;

    OrderController(OrderService orders, JsonMapper json) {
        this.orders = orders;
        this.json = json;
    }

    /** 202 with the new order; a replay answers the kept first answer as it was, byte for byte. */
    @PostMapping
    ResponseEntity<String> place(Caller caller,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestHeader(value = InternalHeaders.TOKEN, required = false) String token,
            @RequestBody(required = false) JsonNode body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new BadRequest("The Idempotency-Key header is required: one fresh key (e.g. a UUID) per order");
        }
        if (idempotencyKey.length() > 255) {
            throw new BadRequest("The Idempotency-Key header must be at most 255 characters");
        }
        OrderRequest request = request(body);
        OrderService.Placement placement = orders.place(caller, token, idempotencyKey.strip(), RequestHash.of(body), request,
            order -> json.writeValueAsString(view(order)));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(placement.answer().status())
            .location(URI.create("/api/orders/" + placement.orderId()))
            .contentType(MediaType.APPLICATION_JSON);
        if (placement.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(placement.answer().body());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(Caller caller, @PathVariable String id) {
        return view(orders.get(caller, id));
    }

    @GetMapping
    Map<String, Object> list(Caller caller, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        OrderStatus wanted = null;
        if (status != null) {
            try {
                wanted = OrderStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status", "must be one of " + java.util.Arrays.toString(OrderStatus.values()));
            }
        }
        Page<Order> found = orders.list(caller, wanted, PageRequest.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.items().stream().map(OrderController::view).toList());
        body.put("total", found.total());
        body.put("page", found.page());
        body.put("size", found.size());
        return body;
    }

    @PostMapping("/{id}/cancel")
    Map<String, Object> cancel(Caller caller, @PathVariable String id) {
        return view(orders.cancel(caller, id));
    }

    @PostMapping("/{id}/ready")
    Map<String, Object> ready(Caller caller, @PathVariable String id) {
        return view(orders.markReady(caller, id));
    }

    @PostMapping("/{id}/complete")
    Map<String, Object> complete(Caller caller, @PathVariable String id) {
        return view(orders.complete(caller, id));
    }

    @PostMapping("/{id}/decline")
    Map<String, Object> decline(Caller caller, @PathVariable String id) {
        return view(orders.decline(caller, id));
    }

    static Map<String, Object> view(Order o) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", o.id());
        v.put("status", o.status().name());
        v.put("statusReason", o.statusReason());
        v.put("shortLines", o.shortLines().stream().map(s -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", s.sku());
            line.put("requested", s.requested());
            line.put("available", s.available());
            return line;
        }).toList());
        v.put("storefrontId", o.storefrontId());
        v.put("manufacturerId", o.manufacturerId());
        Map<String, Object> fulfillment = new LinkedHashMap<>();
        fulfillment.put("type", o.fulfillment().type().name());
        if (o.fulfillment().storeId() != null) {
            fulfillment.put("storeId", o.fulfillment().storeId());
        }
        if (o.fulfillment().address() != null) {
            fulfillment.put("address", o.fulfillment().address());
        }
        fulfillment.put("locationId", o.locationId());
        fulfillment.put("holdExpiresAt", o.holdExpiresAt() == null ? null : o.holdExpiresAt().toString());
        v.put("fulfillment", fulfillment);
        v.put("lines", o.lines().stream().map(OrderController::line).toList());
        v.put("total", money(o.total()));
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("email", o.customer().email());
        customer.put("phone", o.customer().phone());
        customer.put("name", o.customer().name());
        customer.put("marketingConsent", o.customer().marketingConsent());
        customer.put("analyticsConsent", o.customer().analyticsConsent());
        v.put("customer", customer);
        v.put("placedAt", o.placedAt().toString());
        v.put("updatedAt", o.updatedAt() == null ? null : o.updatedAt().toString());
        return v;
    }

    private static Map<String, Object> line(OrderLine l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sku", l.sku());
        v.put("quantity", l.quantity());
        v.put("unitPrice", money(l.unitPrice()));
        return v;
    }

    private static Map<String, Object> money(Money m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("amountMinor", m.amountMinor());
        v.put("currency", m.currency());
        return v;
    }

    /** Reads the body field by field; a 422 names every offending field and nothing is stored. */
    static OrderRequest request(JsonNode body) {
        Input in = Input.of(body);
        Customer customer = null;
        JsonNode c = in.node("customer");
        if (c == null || !c.isObject()) {
            in.reject("customer", "is required as an object");
        } else {
            String email = in.text(c, "email", "customer.email", true, 254);
            if (email != null && IdentityKeys.normalizeEmail(email).isEmpty()) {
                in.reject("customer.email", "must be an email address");
                email = null;
            }
            String phone = in.text(c, "phone", "customer.phone", false, 32);
            if (phone != null && IdentityKeys.normalizePhone(phone).isEmpty()) {
                in.reject("customer.phone", "must be an international number such as +8613800000000");
                phone = null;
            }
            String name = in.text(c, "name", "customer.name", true, 200);
            Boolean marketing = in.bool(c, "marketingConsent", "customer.marketingConsent", false);
            Boolean analytics = in.bool(c, "analyticsConsent", "customer.analyticsConsent", false);
            if (email != null && name != null) {
                customer = new Customer(email, phone, name, Boolean.TRUE.equals(marketing), analytics);
            }
        }
        Fulfillment fulfillment = null;
        JsonNode f = in.node("fulfillment");
        if (f == null || !f.isObject()) {
            in.reject("fulfillment", "is required as an object");
        } else {
            FulfillmentType type = in.enumValue(f, "type", "fulfillment.type", FulfillmentType.class, true);
            if (type != null && type.inStore()) {
                String storeId = in.text(f, "storeId", "fulfillment.storeId", true, 64);
                if (storeId != null) {
                    fulfillment = new Fulfillment(type, storeId, null);
                }
            } else if (type == FulfillmentType.DELIVERY) {
                Address address = address(in, f.get("address"));
                if (address != null) {
                    fulfillment = new Fulfillment(type, null, address);
                }
            }
        }
        List<OrderRequest.Line> lines = new ArrayList<>();
        List<JsonNode> lineNodes = in.array("lines", true, MAX_LINES);
        if (in.node("lines") != null && in.node("lines").isArray() && lineNodes.isEmpty()) {
            in.reject("lines", "must have at least one line");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lineNodes.size(); i++) {
            JsonNode l = lineNodes.get(i);
            String path = "lines[" + i + "]";
            if (!l.isObject()) {
                in.reject(path, "must be an object with sku and quantity");
                continue;
            }
            String sku = in.text(l, "sku", path + ".sku", true, 64);
            if (sku != null && !sku.matches(SKU_PATTERN)) {
                in.reject(path + ".sku", "must match " + SKU_PATTERN);
                sku = null;
            }
            if (sku != null && !seen.add(sku)) {
                in.reject(path + ".sku", "appears on an earlier line; give each SKU one line");
                sku = null;
            }
            Integer quantity = in.integer(l, "quantity", path + ".quantity", true, 1, OrderLine.MAX_QUANTITY);
            if (sku != null && quantity != null) {
                lines.add(new OrderRequest.Line(sku, quantity));
            }
        }
        in.check();
        return new OrderRequest(customer, fulfillment, lines);
    }

    private static Address address(Input in, JsonNode a) {
        if (a == null || !a.isObject()) {
            in.reject("fulfillment.address", "is required as an object for DELIVERY");
            return null;
        }
        String line1 = in.text(a, "line1", "fulfillment.address.line1", true, 200);
        String line2 = in.text(a, "line2", "fulfillment.address.line2", false, 200);
        String city = in.text(a, "city", "fulfillment.address.city", true, 100);
        String postalCode = in.text(a, "postalCode", "fulfillment.address.postalCode", false, 20);
        String country = in.text(a, "country", "fulfillment.address.country", true, 2);
        if (country != null && !country.matches("[A-Z]{2}")) {
            in.reject("fulfillment.address.country", "must be an ISO 3166-1 alpha-2 code");
            country = null;
        }
        return line1 == null || city == null || country == null ? null
            : new Address(line1, line2, city, postalCode, country);
    }
}
