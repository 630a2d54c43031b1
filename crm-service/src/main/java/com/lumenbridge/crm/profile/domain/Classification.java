package com.lumenbridge.crm.profile.domain;

import java.util.List;
import java.util.Objects;

/** The type and every reason that led to it, e.g. {@code TRADE_ACCOUNT} or {@code PROJECT_QUANTITY: a line of 48 units}. */
public record Classification(CustomerType type, List<String> reasons) {

    public Classification {
        Objects.requireNonNull(type, "type");
        reasons = List.copyOf(reasons);
    }
}
