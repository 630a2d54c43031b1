/** Product use cases: create, revise, publish, discontinue, read as the caller may see it; state and events in one write. */
package com.lumenbridge.catalog.product.application;
