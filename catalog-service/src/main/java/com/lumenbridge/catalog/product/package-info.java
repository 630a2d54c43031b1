/** Products feature. */
package com.lumenbridge.catalog.product;
