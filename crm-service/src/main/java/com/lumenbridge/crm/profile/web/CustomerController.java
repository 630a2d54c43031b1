package com.lumenbridge.crm.profile.web;

import com.lumenbridge.crm.common.PageRequest;
import com.lumenbridge.crm.profile.application.CustomerService;
import com.lumenbridge.crm.profile.domain.ProfileState;
import com.lumenbridge.platform.identity.Caller;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer profiles of the calling manufacturer. An id merged into another answers 308 Permanent
 * Redirect to the same path of the survivor (method and body kept, so an erase follows too), with
 * {@code mergedInto} in the body for clients that do not follow redirects.
 */
@RestController
@RequestMapping("/api/crm/customers")
class CustomerController {

    private static final String BASE = "/api/crm/customers/";

    private final CustomerService customers;

    CustomerController(CustomerService customers) {
        this.customers = customers;
    }

    @GetMapping
    Map<String, Object> search(Caller caller, @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var found = customers.search(caller, email, phone, PageRequest.of(page, size)).map(ProfileViews::summary);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", found.items());
        body.put("total", found.total());
        body.put("page", found.page());
        body.put("size", found.size());
        return body;
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> get(Caller caller, @PathVariable String id) {
        return answer(customers.get(caller, id), "", ProfileViews::full);
    }

    @GetMapping("/{id}/export")
    ResponseEntity<Map<String, Object>> export(Caller caller, @PathVariable String id) {
        return answer(customers.export(caller, id), "/export", ProfileViews::export);
    }

    @PostMapping("/{id}/erase")
    ResponseEntity<Map<String, Object>> erase(Caller caller, @PathVariable String id) {
        return answer(customers.erase(caller, id), "/erase", p -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", p.id());
            body.put("status", "ERASED");
            return body;
        });
    }

    private static ResponseEntity<Map<String, Object>> answer(CustomerService.Found found, String suffix,
            java.util.function.Function<ProfileState, Map<String, Object>> view) {
        if (found instanceof CustomerService.Moved moved) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", moved.id());
            body.put("status", "MERGED");
            body.put("mergedInto", moved.mergedInto());
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                .location(URI.create(BASE + moved.mergedInto() + suffix)).body(body);
        }
        return ResponseEntity.ok(view.apply(((CustomerService.Current) found).profile()));
    }
}
