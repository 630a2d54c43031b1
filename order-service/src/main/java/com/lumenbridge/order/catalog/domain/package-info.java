/** What a storefront may order and at what price, as the catalog's rules say. */
package com.lumenbridge.order.catalog.domain;
