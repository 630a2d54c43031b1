/** Search feature. */
package com.lumenbridge.catalog.search;
