package com.lumenbridge.platform.identity;

import java.util.Arrays;
import java.util.Optional;

/** The API key scopes of DESIGN.md "Identity at the edge and inside", by their wire names. */
public enum Scope {
    CATALOG_READ("catalog:read"),
    CATALOG_WRITE("catalog:write"),
    STORES_READ("stores:read"),
    INVENTORY_WRITE("inventory:write"),
    ORDERS_READ("orders:read"),
    ORDERS_WRITE("orders:write"),
    CRM_READ("crm:read"),
    CRM_WRITE("crm:write"),
    ADMIN("admin");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
