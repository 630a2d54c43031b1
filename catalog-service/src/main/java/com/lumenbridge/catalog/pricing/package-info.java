/** Price lists feature. */
package com.lumenbridge.catalog.pricing;
