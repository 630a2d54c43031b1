package com.lumenbridge.catalog.product.web;

import com.lumenbridge.catalog.product.application.PricedProduct;
import com.lumenbridge.catalog.product.application.ProductEvents;
import com.lumenbridge.catalog.product.application.ProductInputs;
import com.lumenbridge.catalog.product.application.ProductService;
import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/catalog/products")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @PostMapping
    ResponseEntity<ProductView> create(Caller caller, @RequestBody JsonNode body) {
        ProductInputs.Read read = ProductInputs.fromJson(body);
        PricedProduct created = products.create(caller, read.input(), read.unreadable());
        return ResponseEntity.created(URI.create("/api/catalog/products/" + created.product().sku()))
            .body(ProductView.of(created));
    }

    @PutMapping("/{sku}")
    ProductView revise(Caller caller, @PathVariable String sku, @RequestBody JsonNode body) {
        ProductInputs.Read read = ProductInputs.fromJson(body);
        return ProductView.of(products.revise(caller, sku, read.input(), read.unreadable()));
    }

    @GetMapping("/{sku}")
    ProductView get(Caller caller, @PathVariable String sku) {
        return ProductView.of(products.view(caller, sku));
    }

    @PostMapping("/{sku}/publish")
    ProductView publish(Caller caller, @PathVariable String sku) {
        return ProductView.of(products.publish(caller, sku));
    }

    @PostMapping("/{sku}/discontinue")
    ProductView discontinue(Caller caller, @PathVariable String sku) {
        return ProductView.of(products.discontinue(caller, sku));
    }

    /** The caller's own products, by SKU; {@code size} is capped at 100. */
    @GetMapping
    Map<String, Object> list(Caller caller, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        List<FieldError> errors = new ArrayList<>();
        ProductStatus wanted = null;
        if (status != null) {
            try {
                wanted = ProductStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be DRAFT, ACTIVE or DISCONTINUED"));
            }
        }
        int pageNumber = Paging.page(page, errors);
        int pageSize = Paging.size(size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Products.OwnedPage found = products.list(caller, wanted, pageNumber, pageSize);
        List<ProductView> items = found.items().stream()
            .map(p -> ProductView.of(new PricedProduct(ProductEvents.snapshot(p), p.details().listPrice())))
            .toList();
        return Map.of("items", items, "total", found.total(), "page", pageNumber, "size", pageSize);
    }
}
