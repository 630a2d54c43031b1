/** Integration events about tenants, published by the gateway on {@code gateway.tenant.v1}. */
package com.lumenbridge.platform.events.tenancy;
