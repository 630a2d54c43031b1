/** {@code /api/stores}: registering and reading locations, and the store locator. */
package com.lumenbridge.store.location.web;
