/**
 * Tenants and API keys in MongoDB ({@code tenants}, {@code api_keys}) through the sync driver;
 * a tenant and its outbox events are one document write.
 */
package com.lumenbridge.gateway.tenancy.persistence;
