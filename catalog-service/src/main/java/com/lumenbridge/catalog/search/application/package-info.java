/** Catalog search for a caller: who may see what at which price, the index kept current from events, and its start-up rebuild. */
package com.lumenbridge.catalog.search.application;
