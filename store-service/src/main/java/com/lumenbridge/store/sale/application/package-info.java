/** Recording an offline sale all or nothing for the owning dealer, and finishing one a crash interrupted. */
package com.lumenbridge.store.sale.application;
