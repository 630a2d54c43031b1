/** The stock rules: {@code onHand ≥ 0}, {@code reserved ≥ 0}, {@code available = onHand − reserved ≥ 0}, and which adjustments are allowed. */
package com.lumenbridge.store.inventory.domain;
