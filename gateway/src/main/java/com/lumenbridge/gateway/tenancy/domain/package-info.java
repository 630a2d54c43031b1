/** Tenants and their API keys: the rules for registering one, issuing, authenticating and revoking a key. */
package com.lumenbridge.gateway.tenancy.domain;
