/** Stock per location and SKU ({@code onHand}, {@code reserved}, {@code available}), its adjustments and audit trail. */
package com.lumenbridge.store.inventory;
