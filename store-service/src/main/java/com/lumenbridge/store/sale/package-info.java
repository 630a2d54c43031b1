/** Offline sales: lines sold at a store's counter, all or nothing, leaving the store's stock exactly once. */
package com.lumenbridge.store.sale;
