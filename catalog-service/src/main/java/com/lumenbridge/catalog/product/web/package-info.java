/** {@code /api/catalog/products}: the product endpoints, and how catalog rule violations become Problem Details. */
package com.lumenbridge.catalog.product.web;
