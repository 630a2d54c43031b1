/** The order service: orders, their fulfilment state and webhooks to partners; reached only through the gateway. */
package com.lumenbridge.order;
