/** Keeps every instance's index and partner view current from {@code catalog.product.v1} and {@code catalog.partnership.v1} (delivered to every instance). */
package com.lumenbridge.catalog.search.messaging;
