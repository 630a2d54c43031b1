/** The catalog service: products, price lists, partnerships, search index and imports; reached only through the gateway. */
package com.lumenbridge.catalog;
