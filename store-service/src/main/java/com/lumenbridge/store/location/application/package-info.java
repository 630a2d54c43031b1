/** Registering and reading locations, scoped by owner, and the store locator's cross-tenant public view. */
package com.lumenbridge.store.location.application;
