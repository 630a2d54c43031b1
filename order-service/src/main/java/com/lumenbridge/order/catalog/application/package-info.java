/** Resolving what a storefront may order and at what price: projection first, catalog-service as fallback. */
package com.lumenbridge.order.catalog.application;
