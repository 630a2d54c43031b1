/** This service's copy of catalog partnerships (manufacturer ↔ storefront or dealer), kept from {@code catalog.partnership.v1}. */
package com.lumenbridge.store.partner;
