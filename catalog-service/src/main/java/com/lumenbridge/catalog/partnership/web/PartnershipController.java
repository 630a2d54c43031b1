package com.lumenbridge.catalog.partnership.web;

import com.lumenbridge.catalog.partnership.application.PartnershipService;
import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/catalog/partnerships")
class PartnershipController {

    private final PartnershipService partnerships;

    PartnershipController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    /** Creates (201) or changes (200) the caller's partnership with {@code partnerTenantId}. */
    @PutMapping("/{partnerTenantId}")
    ResponseEntity<PartnershipView> put(Caller caller, @PathVariable String partnerTenantId, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput(List.of(new FieldError("body", "must be a JSON object")));
        }
        PartnershipService.Put put = partnerships.put(caller, partnerTenantId, text(body, "priceListId"), text(body, "status"));
        return ResponseEntity.status(put.created() ? HttpStatus.CREATED : HttpStatus.OK)
            .body(PartnershipView.of(put.partnership()));
    }

    @GetMapping
    Map<String, List<PartnershipView>> list(Caller caller) {
        return Map.of("items", partnerships.list(caller).stream().map(PartnershipView::of).toList());
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    record PartnershipView(String manufacturerId, String partnerTenantId, String priceListId, String status, long version) {

        static PartnershipView of(Partnership p) {
            return new PartnershipView(p.manufacturerId(), p.partnerTenantId(), p.priceListId(), p.status().name(),
                p.version());
        }
    }
}
