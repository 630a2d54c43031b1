package com.lumenbridge.order.order.domain;

/** Who asks for a change, relative to one order. */
public enum Party {
    /** The storefront that placed the order. */
    STOREFRONT,
    /** The tenant owning the location holding the stock: the dealer of the store, or for DELIVERY the manufacturer. */
    FULFILLER,
    /** The manufacturer of the order's products, when it is not also the fulfiller: reads only. */
    MANUFACTURER,
    /** store-service, through its inventory events. */
    STORE_SERVICE
}
