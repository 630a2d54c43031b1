/**
 * The gateway: the one public entry point. Owns tenants and API keys, authenticates every API call,
 * limits it, and forwards it to its service with a signed internal token.
 */
package com.lumenbridge.gateway;
