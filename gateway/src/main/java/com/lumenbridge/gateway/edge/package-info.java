/**
 * What every request meets first: internal headers stripped, CORS, then for {@code /api/**} the
 * API key checked, its scope, the tenant's rate limit and the body size, and finally the signed
 * internal token that tells the service who is calling.
 */
package com.lumenbridge.gateway.edge;
