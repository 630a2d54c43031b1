/** Tenant directory feature: which tenants exist and of what kind. */
package com.lumenbridge.catalog.tenant;
