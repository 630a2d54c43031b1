/** The Apache Lucene index: documents with doc values for every filter, facet and sort, and the collector that counts facets drill-sideways. */
package com.lumenbridge.catalog.search.persistence;
