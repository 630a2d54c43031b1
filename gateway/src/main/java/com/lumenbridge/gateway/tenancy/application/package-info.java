/**
 * The tenancy use cases: register and list tenants, issue, list, revoke and authenticate API keys,
 * bootstrap the operator. Blocking code; the web and edge layers run it off the event loop.
 */
package com.lumenbridge.gateway.tenancy.application;
