package com.lumenbridge.store.sale.web;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.store.inventory.domain.Sku;
import com.lumenbridge.store.sale.application.OfflineSaleService;
import com.lumenbridge.store.sale.domain.OfflineSale;
import com.lumenbridge.store.sale.domain.SaleLine;
import com.lumenbridge.store.visitor.domain.Visitor;
import com.lumenbridge.store.visitor.web.VisitorJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/stores/{id}/sales")
class SaleController {

    private static final int MAX_QUANTITY = 1_000_000;

    private final OfflineSaleService sales;

    SaleController(OfflineSaleService sales) {
        this.sales = sales;
    }

    /**
     * Records a sale: {@code {"lines":[{"sku","quantity"}],"customer":{…visitor…}}} with a required
     * {@code Idempotency-Key}; the same key and body again answers with the same sale.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> record(Caller caller, @PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) JsonNode body) {
        Input in = Input.of(body);
        if (key == null) {
            in.reject("Idempotency-Key", "is required, so a retried sale is recorded once");
        } else if (!key.matches("[A-Za-z0-9_-]{1,64}")) {
            in.reject("Idempotency-Key", "must be 1-64 letters, digits, '-' or '_'");
        }
        List<SaleLine> lines = new ArrayList<>();
        List<JsonNode> nodes = in.array("lines", true, OfflineSale.MAX_LINES);
        if (nodes.isEmpty() && in.node("lines") != null && in.node("lines").isArray()) {
            in.reject("lines", "must have at least one line");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode line = nodes.get(i);
            String path = "lines[" + i + "]";
            if (!line.isObject()) {
                in.reject(path, "must be an object with sku and quantity");
                continue;
            }
            String sku = in.text(line, "sku", path + ".sku", true, 64);
            if (sku != null && !Sku.isValid(sku)) {
                in.reject(path + ".sku", "must match " + Sku.PATTERN);
                sku = null;
            } else if (sku != null && !seen.add(sku)) {
                in.reject(path + ".sku", "appears on another line; put the whole quantity on one line");
                sku = null;
            }
            Integer quantity = in.integer(line, "quantity", path + ".quantity", true, 1, MAX_QUANTITY);
            if (sku != null && quantity != null) {
                lines.add(new SaleLine(sku, quantity));
            }
        }
        Visitor customer = VisitorJson.read(in, "customer", false);
        in.check();
        OfflineSale sale = sales.record(caller, id, key, lines, customer);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(sale));
    }

    static Map<String, Object> view(OfflineSale s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("storeId", s.storeId());
        view.put("status", s.state().name());
        view.put("lines", s.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", l.sku());
            line.put("quantity", l.quantity());
            return line;
        }).toList());
        view.put("customer", VisitorJson.view(s.customer()));
        view.put("soldAt", s.soldAt() == null ? null : s.soldAt().toString());
        return view;
    }
}
