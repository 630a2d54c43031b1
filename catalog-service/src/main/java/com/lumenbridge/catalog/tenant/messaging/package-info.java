/** Keeps the tenant directory current from {@code TenantRegistered} events. */
package com.lumenbridge.catalog.tenant.messaging;
