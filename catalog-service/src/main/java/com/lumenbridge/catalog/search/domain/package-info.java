/** What a catalog search asks and who asks it: filters, facet bands, the lamp-equivalence table, sort orders and the caller's audience. */
package com.lumenbridge.catalog.search.domain;
