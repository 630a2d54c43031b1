/** Registering a storefront's endpoint and delivering its order events, signed and retried. */
package com.lumenbridge.order.webhook.application;
