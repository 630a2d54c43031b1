/** The stores in-store orders name, as store-service shows them: checked once before an order is stored. */
package com.lumenbridge.order.store;
