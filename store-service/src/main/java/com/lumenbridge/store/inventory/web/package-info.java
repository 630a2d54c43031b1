/** {@code /api/stores/{id}/inventory}: the owner's stock, adjustments and low-stock view. */
package com.lumenbridge.store.inventory.web;
