/** The catalog as order-service needs it: a local projection of products, partnerships and price lists, and a guarded read of catalog-service for what it lacks. */
package com.lumenbridge.order.catalog;
