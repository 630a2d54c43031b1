package com.lumenbridge.store.visit.web;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.Input;
import com.lumenbridge.store.inventory.domain.Sku;
import com.lumenbridge.store.visit.application.VisitService;
import com.lumenbridge.store.visit.domain.Visit;
import com.lumenbridge.store.visitor.domain.Visitor;
import com.lumenbridge.store.visitor.web.VisitorJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/stores/{id}/visits")
class VisitController {

    private final VisitService visits;

    VisitController(VisitService visits) {
        this.visits = visits;
    }

    /** Checks a visitor in: {@code {"visitor":{…},"products":["SKU",…]}}. */
    @PostMapping
    ResponseEntity<Map<String, Object>> record(Caller caller, @PathVariable String id,
            @RequestBody(required = false) JsonNode body) {
        Input in = Input.of(body);
        Visitor visitor = VisitorJson.read(in, "visitor", true);
        List<String> products = new ArrayList<>();
        List<JsonNode> nodes = in.array("products", false, Visit.MAX_PRODUCTS);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isString() && Sku.isValid(nodes.get(i).stringValue())) {
                products.add(nodes.get(i).stringValue());
            } else {
                in.reject("products[" + i + "]", "must be a SKU matching " + Sku.PATTERN);
            }
        }
        in.check();
        Visit visit = visits.record(caller, id, visitor, products);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", visit.id());
        view.put("storeId", visit.storeId());
        view.put("visitedAt", visit.visitedAt().toString());
        view.put("products", visit.products());
        view.put("visitor", VisitorJson.view(visit.visitor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }
}
