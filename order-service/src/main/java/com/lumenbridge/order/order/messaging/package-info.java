/** The events that move orders: store-service's reservation answers and the CRM's erasures. */
package com.lumenbridge.order.order.messaging;
