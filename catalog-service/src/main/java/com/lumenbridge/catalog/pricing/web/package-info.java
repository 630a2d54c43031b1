/** {@code /api/catalog/price-lists}: a manufacturer's price lists. */
package com.lumenbridge.catalog.pricing.web;
