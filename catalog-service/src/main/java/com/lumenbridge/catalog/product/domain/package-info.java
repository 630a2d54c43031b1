/** The LED product: what a lighting professional would accept as a valid product, and its DRAFT → ACTIVE → DISCONTINUED lifecycle. */
package com.lumenbridge.catalog.product.domain;
