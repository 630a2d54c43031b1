/**
 * Routes to the services (declared in {@code application.yml}), their circuit breakers and
 * fallback, and the routes to each service's OpenAPI document.
 */
package com.lumenbridge.gateway.routing;
