/** {@code /api/catalog/partnerships}: a manufacturer's partnerships with storefronts and dealers. */
package com.lumenbridge.catalog.partnership.web;
