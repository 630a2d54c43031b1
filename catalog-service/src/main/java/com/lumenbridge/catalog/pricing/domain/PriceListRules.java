package com.lumenbridge.catalog.pricing.domain;

import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.ProductRules;
import com.lumenbridge.catalog.product.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules a price list keeps. */
public final class PriceListRules {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_OVERRIDES = 10_000;

    private PriceListRules() {
    }

    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static PriceListTerms validate(PriceListInput input) {
        List<Violation> found = new ArrayList<>();
        if (input.currency() == null) {
            found.add(new Violation("currency", "is required"));
        } else if (!Money.isCurrency(input.currency())) {
            found.add(new Violation("currency", "must be an ISO 4217 currency code such as EUR"));
        }
        BigDecimal percent = input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent();
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            found.add(new Violation("discountPercent", "must be between 0 and 100"));
        } else if (percent.stripTrailingZeros().scale() > 2) {
            found.add(new Violation("discountPercent", "must have at most two decimals"));
        }
        List<PriceListInput.OverrideInput> overrides = input.overrides() == null ? List.of() : input.overrides();
        if (overrides.size() > MAX_OVERRIDES) {
            found.add(new Violation("overrides", "must have at most " + MAX_OVERRIDES + " entries"));
        }
        Map<String, Long> bySku = new HashMap<>();
        for (int i = 0; i < overrides.size() && i < MAX_OVERRIDES; i++) {
            PriceListInput.OverrideInput o = overrides.get(i);
            String at = "overrides[" + i + "]";
            if (o == null || !ProductRules.isSku(o.sku())) {
                found.add(new Violation(at + ".sku", "must be a SKU"));
            } else if (bySku.containsKey(o.sku())) {
                found.add(new Violation(at + ".sku", "names " + o.sku() + " a second time"));
            }
            if (o == null || o.amountMinor() == null || o.amountMinor() < 0 || o.amountMinor() > ProductRules.PRICE_MAX) {
                found.add(new Violation(at + ".amountMinor", "must be between 0 and " + ProductRules.PRICE_MAX));
            }
            if (o != null && o.sku() != null && o.amountMinor() != null) {
                bySku.putIfAbsent(o.sku(), o.amountMinor());
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidPriceList(found);
        }
        return new PriceListTerms(input.currency(), Discount.ofPercent(percent), bySku);
    }
}
