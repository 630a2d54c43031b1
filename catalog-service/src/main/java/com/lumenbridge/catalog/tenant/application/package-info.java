/** The tenant directory: a local copy of the gateway's tenants, fed by {@code gateway.tenant.v1}. */
package com.lumenbridge.catalog.tenant.application;
