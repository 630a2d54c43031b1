/** Store visits: a consumer checks in at a dealer's store, and the CRM hears of it if they consented. */
package com.lumenbridge.store.visit;
