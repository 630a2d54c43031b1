/** Keeps the partnership projection current from {@code catalog.partnership.v1}. */
package com.lumenbridge.store.partner.messaging;
