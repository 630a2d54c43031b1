/** Small helpers every order feature shares: reading JSON input field by field, paging, refusals, Mongo errors. */
package com.lumenbridge.order.common;
