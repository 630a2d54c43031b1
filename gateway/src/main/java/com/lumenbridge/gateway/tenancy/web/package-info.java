/** The operator's admin API: {@code /api/admin/tenants} and {@code /api/admin/api-keys}. */
package com.lumenbridge.gateway.tenancy.web;
