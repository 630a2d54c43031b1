/** The tenants this service knows of, as the gateway registered them. */
package com.lumenbridge.catalog.tenant.domain;
