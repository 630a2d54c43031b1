/** Price lists: the prices a manufacturer's partners buy at — a discount off list price and per-SKU overrides. */
package com.lumenbridge.catalog.pricing.domain;
