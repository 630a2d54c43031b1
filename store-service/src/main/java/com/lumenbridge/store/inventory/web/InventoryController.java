package com.lumenbridge.store.inventory.web;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.store.common.PageRequest;
import com.lumenbridge.store.inventory.application.InventoryService;
import com.lumenbridge.store.inventory.domain.AdjustmentKind;
import com.lumenbridge.store.inventory.domain.Sku;
import com.lumenbridge.store.inventory.persistence.StockLedger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/stores/{id}/inventory")
class InventoryController {

    private static final int MAX_UNITS = 10_000_000;

    private final InventoryService inventory;

    InventoryController(InventoryService inventory) {
        this.inventory = inventory;
    }

    @PutMapping("/{sku}")
    Map<String, Object> set(Caller caller, @PathVariable String id, @PathVariable String sku,
            @RequestBody(required = false) JsonNode body) {
        Input in = Input.of(body);
        checkSku(in, sku);
        Integer onHand = in.integer("onHand", true, 0, MAX_UNITS);
        Integer threshold = in.integer("lowStockThreshold", false, 0, MAX_UNITS);
        in.check();
        return view(inventory.set(caller, id, sku, onHand, threshold));
    }

    /** Applies an adjustment; a retry with the same {@code Idempotency-Key} is applied once. */
    @PostMapping("/{sku}/adjustments")
    Map<String, Object> adjust(Caller caller, @PathVariable String id, @PathVariable String sku,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody(required = false) JsonNode body) {
        Input in = Input.of(body);
        checkSku(in, sku);
        AdjustmentKind kind = in.enumValue(null, "kind", "kind", AdjustmentKind.class, true);
        Integer quantity = in.integer("quantity", true, -MAX_UNITS, MAX_UNITS);
        String reason = in.text("reason", true, 500);
        if (kind != null && quantity != null && !kind.accepts(quantity)) {
            in.reject("quantity", kind.rule());
        }
        if (key != null && !key.matches("[A-Za-z0-9_-]{1,64}")) {
            in.reject("Idempotency-Key", "must be 1-64 letters, digits, '-' or '_'");
        }
        in.check();
        return view(inventory.adjust(caller, id, sku, key == null ? UUID.randomUUID().toString() : key, kind, quantity, reason));
    }

    @GetMapping
    Map<String, Object> list(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "false") boolean lowStock,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (q != null && q.length() > 64) {
            throw new InvalidInput("q", "must be at most 64 characters");
        }
        var result = inventory.list(caller, id, lowStock, q == null || q.isBlank() ? null : q, PageRequest.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(InventoryController::view).toList());
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        return body;
    }

    /** Who changed the stock outside orders, when, of what kind, by how much and why: newest first, paged. */
    @GetMapping("/{sku}/adjustments")
    Map<String, Object> adjustments(Caller caller, @PathVariable String id, @PathVariable String sku,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var result = inventory.adjustments(caller, id, sku, PageRequest.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(a -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("kind", a.kind());
            item.put("quantity", a.quantity());
            item.put("reason", a.reason());
            item.put("by", a.by());
            item.put("at", a.at().toString());
            return item;
        }).toList());
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        return body;
    }

    @GetMapping("/{sku}")
    Map<String, Object> get(Caller caller, @PathVariable String id, @PathVariable String sku) {
        return view(inventory.get(caller, id, sku));
    }

    private static void checkSku(Input in, String sku) {
        if (!Sku.isValid(sku)) {
            in.reject("sku", "must match " + Sku.PATTERN);
        }
    }

    static Map<String, Object> view(StockLedger.StockView s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", s.sku());
        view.put("onHand", s.onHand());
        view.put("reserved", s.reserved());
        view.put("available", s.available());
        view.put("lowStockThreshold", s.lowStockThreshold());
        view.put("lowStock", s.lowStock());
        return view;
    }
}
