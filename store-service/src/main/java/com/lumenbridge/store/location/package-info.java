/** Locations: dealers' experience stores and manufacturers' warehouses, and the store locator. */
package com.lumenbridge.store.location;
