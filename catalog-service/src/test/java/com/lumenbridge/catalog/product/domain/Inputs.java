package com.lumenbridge.catalog.product.domain;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/** A valid A60 bulb as a manufacturer would send it, and one-field variations of it. */
final class Inputs {

    private Inputs() {
    }

    static ProductInput bulb() {
        return new ProductInput("AUR-A60-9W-2700", "A60 bulb 9 W 806 lm 2700 K", "Warm white", "bulb", "MASS",
            new BigDecimal("9"), 806, 2700, 80, 220, "E27", "IP20", false, "220-240V", 15000, "F", 499L, "EUR");
    }

    static ProductInput driver() {
        return new ProductInput("AUR-DRV-100W", "Constant-voltage driver 24V DC 100 W", null, "driver", "PROFESSIONAL",
            new BigDecimal("100"), null, null, null, null, "none", "IP67", false, "220-240V", 50000, "G", 2999L, "EUR");
    }

    static ProductInput with(ProductInput p, UnaryOperator<Builder> change) {
        return change.apply(new Builder(p)).build();
    }

    static final class Builder {
        String sku;
        String name;
        String description;
        String category;
        String segment;
        BigDecimal watts;
        Integer lumens;
        Integer cct;
        Integer cri;
        Integer beam;
        String base;
        String ip;
        Boolean dimmable;
        String voltage;
        Integer lifetime;
        String energyClass;
        Long price;
        String currency;

        Builder(ProductInput p) {
            sku = p.sku();
            name = p.name();
            description = p.description();
            category = p.category();
            segment = p.segment();
            watts = p.watts();
            lumens = p.lumens();
            cct = p.cctKelvin();
            cri = p.cri();
            beam = p.beamAngle();
            base = p.base();
            ip = p.ipRating();
            dimmable = p.dimmable();
            voltage = p.voltage();
            lifetime = p.lifetimeHours();
            energyClass = p.energyClass();
            price = p.listPriceMinor();
            currency = p.currency();
        }

        ProductInput build() {
            return new ProductInput(sku, name, description, category, segment, watts, lumens, cct, cri, beam, base, ip,
                dimmable, voltage, lifetime, energyClass, price, currency);
        }
    }
}
