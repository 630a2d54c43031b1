/** Price-list use cases: a manufacturer puts and reads its own price lists; each change is one write with its event. */
package com.lumenbridge.catalog.pricing.application;
