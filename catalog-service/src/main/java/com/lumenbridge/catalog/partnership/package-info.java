/** Partnerships feature. */
package com.lumenbridge.catalog.partnership;
