/** {@code POST /api/stores/{id}/visits}: the dealer checks a visitor in. */
package com.lumenbridge.store.visit.web;
