package com.lumenbridge.catalog.product.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.lumenbridge.catalog.product.application.PricedProduct;
import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as the API shows it (DESIGN.md "Core payloads"): its fields, its list price and the
 * caller's {@code price} (list price for the owner, the price-list price for a partner). Light
 * fields are left out for products that emit no light.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductView(
    String sku,
    String manufacturerId,
    String status,
    long version,
    String name,
    String description,
    String category,
    String segment,
    BigDecimal watts,
    Integer lumens,
    BigDecimal efficacy,
    Integer cctKelvin,
    Integer cri,
    Integer beamAngle,
    String base,
    String ipRating,
    boolean dimmable,
    String voltage,
    int lifetimeHours,
    String energyClass,
    PriceView listPrice,
    PriceView price,
    Instant createdAt,
    Instant updatedAt) {

    public record PriceView(long amountMinor, String currency) {

        static PriceView of(Money money) {
            return new PriceView(money.amountMinor(), money.currency());
        }
    }

    public static ProductView of(PricedProduct priced) {
        ProductSnapshot p = priced.product();
        return new ProductView(p.sku(), p.manufacturerId(), p.status(), p.version(), p.name(), p.description(),
            p.category(), p.segment(), p.watts(), p.lumens(), p.efficacy(), p.cctKelvin(), p.cri(), p.beamAngle(),
            p.base(), p.ipRating(), p.dimmable(), p.voltage(), p.lifetimeHours(), p.energyClass(),
            new PriceView(p.listPrice().amountMinor(), p.listPrice().currency()), PriceView.of(priced.price()),
            p.createdAt(), p.updatedAt());
    }
}
