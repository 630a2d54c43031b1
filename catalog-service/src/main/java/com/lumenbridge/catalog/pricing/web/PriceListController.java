package com.lumenbridge.catalog.pricing.web;

import com.lumenbridge.catalog.pricing.application.PriceListService;
import com.lumenbridge.catalog.pricing.domain.InvalidPriceList;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.pricing.domain.PriceListInput;
import com.lumenbridge.catalog.product.domain.Violation;
import com.lumenbridge.platform.identity.Caller;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
@RequestMapping("/api/catalog/price-lists")
class PriceListController {

    private final PriceListService priceLists;

    PriceListController(PriceListService priceLists) {
        this.priceLists = priceLists;
    }

    /** Creates (201) or replaces (200) the caller's price list {@code id}. */
    @PutMapping("/{id}")
    ResponseEntity<PriceListView> put(Caller caller, @PathVariable String id, @RequestBody JsonNode body) {
        PriceListService.Put put = priceLists.put(caller, id, read(body));
        return ResponseEntity.status(put.created() ? HttpStatus.CREATED : HttpStatus.OK).body(PriceListView.of(put.priceList()));
    }

    @GetMapping("/{id}")
    PriceListView get(Caller caller, @PathVariable String id) {
        return PriceListView.of(priceLists.get(caller, id));
    }

    private static PriceListInput read(JsonNode body) {
        List<Violation> unreadable = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidPriceList(List.of(new Violation("body", "must be a JSON object")));
        }
        JsonNode currency = body.get("currency");
        if (currency != null && !currency.isNull() && !currency.isString()) {
            unreadable.add(new Violation("currency", "must be a string"));
        }
        JsonNode discount = body.get("discountPercent");
        if (discount != null && !discount.isNull() && !discount.isNumber()) {
            unreadable.add(new Violation("discountPercent", "must be a number"));
        }
        List<PriceListInput.OverrideInput> overrides = new ArrayList<>();
        JsonNode list = body.get("overrides");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                unreadable.add(new Violation("overrides", "must be an array"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode o = list.get(i);
                    JsonNode sku = o.get("sku");
                    JsonNode amount = o.get("amountMinor");
                    if (amount != null && !amount.isNull() && !amount.isIntegralNumber()) {
                        unreadable.add(new Violation("overrides[" + i + "].amountMinor", "must be a whole number"));
                    }
                    overrides.add(new PriceListInput.OverrideInput(sku != null && sku.isString() ? sku.stringValue() : null,
                        amount != null && amount.isIntegralNumber() ? amount.longValue() : null));
                }
            }
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidPriceList(unreadable);
        }
        return new PriceListInput(currency == null || currency.isNull() ? null : currency.stringValue(),
            discount == null || discount.isNull() ? BigDecimal.ZERO : discount.decimalValue(), overrides);
    }

    record PriceListView(String id, String currency, BigDecimal discountPercent, List<SkuPrice> overrides, long version) {

        record SkuPrice(String sku, long amountMinor) {
        }

        static PriceListView of(PriceList list) {
            return new PriceListView(list.priceListId(), list.terms().currency(), list.terms().discount().percent(),
                list.terms().overrides().entrySet().stream().map(e -> new SkuPrice(e.getKey(), e.getValue())).toList(),
                list.version());
        }
    }
}
