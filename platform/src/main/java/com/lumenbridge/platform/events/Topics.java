package com.lumenbridge.platform.events;

import java.util.List;

/** The platform's topics, one per aggregate ({@code <service>.<aggregate>.v<n>}); each has a {@code .dlt} twin. */
public final class Topics {

    public static final String GATEWAY_TENANT = "gateway.tenant.v1";
    public static final String CATALOG_PRODUCT = "catalog.product.v1";
    public static final String CATALOG_PARTNERSHIP = "catalog.partnership.v1";
    public static final String STORE_INVENTORY = "store.inventory.v1";
    public static final String STORE_ACTIVITY = "store.activity.v1";
    public static final String ORDER_ORDER = "order.order.v1";
    public static final String CRM_CUSTOMER = "crm.customer.v1";

    public static final List<String> ALL = List.of(GATEWAY_TENANT, CATALOG_PRODUCT, CATALOG_PARTNERSHIP,
        STORE_INVENTORY, STORE_ACTIVITY, ORDER_ORDER, CRM_CUSTOMER);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
