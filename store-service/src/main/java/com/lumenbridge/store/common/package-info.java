/** Small web-layer helpers every store feature shares: reading JSON input field by field, paging, refusals. */
package com.lumenbridge.store.common;
