/** {@code GET /api/catalog/search}: query parameters in, items with the caller's price and facet counts out. */
package com.lumenbridge.catalog.search.web;
