/** Webhook endpoints and deliveries in MongoDB. */
package com.lumenbridge.order.webhook.persistence;
