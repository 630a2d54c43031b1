/** Orders: placement, the O2O status machine driven by storefront, fulfilling dealer and store-service, and erasure. */
package com.lumenbridge.order.order;
